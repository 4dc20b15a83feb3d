// Which passages of a source's stored text the dataset quotes, and how the
// text splits into plain runs and highlighted marks for the source page.
import { findQuote } from "@/lib/dataset/quote-match";
import type { Fact } from "@/lib/dataset/schema";
import { evidenceAnchor, quoteAnchor } from "@/lib/routes";

export type Passage = { anchor: string; factId: string; role: "quote" | "evidence"; quote: string };

// Every fact's passages by the source they are in, built once per list of
// facts: a page per source asks for its own, and a scan of every fact per page
// would grow with sources × facts.
const bySource = new WeakMap<Fact[], Map<string, Passage[]>>();

export function passagesForSource(sourceId: string, facts: Fact[]): Passage[] {
  let index = bySource.get(facts);
  if (!index) {
    index = new Map();
    const add = (id: string, passage: Passage) => index!.set(id, [...(index!.get(id) ?? []), passage]);
    for (const fact of facts) {
      add(fact.quote.source, { anchor: quoteAnchor(fact.id), factId: fact.id, role: "quote", quote: fact.quote.text });
      fact.evidence.forEach((evidence, i) => add(evidence.source, { anchor: evidenceAnchor(fact.id, i), factId: fact.id, role: "evidence", quote: evidence.quote }));
    }
    bySource.set(facts, index);
  }
  return index.get(sourceId) ?? [];
}

export type Segment =
  | { kind: "plain"; text: string }
  | { kind: "mark"; text: string; anchors: string[]; factIds: string[] };

/**
 * Splits `text` so that every passage is inside a mark. Overlapping passages
 * share one mark, which carries every anchor that starts in it.
 */
export function segmentText(text: string, passages: Passage[]): Segment[] {
  const located = passages
    .flatMap((passage) => {
      const range = findQuote(text, passage.quote);
      return range ? [{ ...range, passage }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const clusters: { start: number; end: number; passages: Passage[] }[] = [];
  for (const item of located) {
    const last = clusters[clusters.length - 1];
    if (last && item.start < last.end) {
      last.end = Math.max(last.end, item.end);
      last.passages.push(item.passage);
    } else {
      clusters.push({ start: item.start, end: item.end, passages: [item.passage] });
    }
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const cluster of clusters) {
    if (cluster.start > cursor) segments.push({ kind: "plain", text: text.slice(cursor, cluster.start) });
    segments.push({
      kind: "mark",
      text: text.slice(cluster.start, cluster.end),
      anchors: cluster.passages.map((p) => p.anchor),
      factIds: [...new Set(cluster.passages.map((p) => p.factId))],
    });
    cursor = cluster.end;
  }
  if (cursor < text.length) segments.push({ kind: "plain", text: text.slice(cursor) });
  return segments;
}
