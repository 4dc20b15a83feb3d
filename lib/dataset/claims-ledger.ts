// The claim ledger (data/claims.yaml): every passage of the primary source
// maps to the facts that quote it, or says why it holds no checkable claim,
// and together the passages cover the whole stored text.
import type { Located, RawDataset } from "@/lib/dataset/raw";
import type { Problem } from "@/lib/dataset/problem";
import { containsQuote, findAllQuotes } from "@/lib/dataset/quote-match";

const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

export function claimsProblems(raw: RawDataset): Problem[] {
  const ledger = raw.claims;
  if (!ledger || !raw.meta) return [];
  const { file, record } = ledger;
  const primary = raw.meta.primary_source;
  const problems: Problem[] = [];
  const at = (field: string, reason: string) => problems.push({ file, id: "claims", field, reason });
  if (record.source !== primary) {
    at("source", `must be the dataset's primary source "${primary}"`);
    return problems;
  }
  const source = raw.sources.find((s) => s.record.id === primary)?.record;
  if (!source) return problems;
  const facts = new Map(raw.facts.map(({ record: fact }) => [fact.id, fact]));
  const covered = new Uint8Array(source.text.length);
  const listed = new Set<string>();

  record.passages.forEach((passage, index) => {
    const field = `passages.${index}`;
    const ranges = findAllQuotes(source.text, passage.text);
    if (ranges.length === 0) at(`${field}.text`, `not found verbatim in the stored text of "${primary}"`);
    for (const range of ranges) covered.fill(1, range.start, range.end);
    const hasFacts = (passage.facts?.length ?? 0) > 0;
    if (hasFacts === (passage.no_claim !== undefined)) {
      at(field, "needs either a non-empty facts list or a no_claim reason, not both");
    }
    (passage.facts ?? []).forEach((id, n) => {
      listed.add(id);
      const fact = facts.get(id);
      if (!fact) at(`${field}.facts.${n}`, `unknown fact "${id}"`);
      else if (fact.quote.source !== primary && raw.sources.some((s) => s.record.id === fact.quote.source)) at(`${field}.facts.${n}`, `fact "${id}" does not quote the primary source`);
      // A quote not found in the source at all is reported by the quote rule.
      else if (containsQuote(source.text, fact.quote.text) && !containsQuote(passage.text, fact.quote.text)) at(`${field}.facts.${n}`, `the quote of "${id}" is not within this passage`);
    });
  });

  for (const { file: factFile, record: fact } of raw.facts as Located<{ id: string; quote: { source: string } }>[]) {
    if (fact.quote.source === primary && !listed.has(fact.id)) {
      problems.push({ file: factFile, id: fact.id, field: "quote.source", reason: `quotes the primary source but no passage of ${file} lists it` });
    }
  }

  // Report each uncovered stretch once, from its first character to the next covered one.
  for (let i = 0; i < source.text.length; i++) {
    if (covered[i] || /\s/.test(source.text[i] as string)) continue;
    let end = i;
    while (end < source.text.length && !covered[end]) end++;
    at("passages", `the stored text of "${primary}" is not accounted for from "${snippet(source.text.slice(i, end))}"`);
    i = end;
  }
  return problems;
}
