// A source as a reader sees it: the title as its title_kind says, the
// publisher, the dates and the reliability tier, as finished strings.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Source } from "@/lib/dataset/schema";
import { tierLabels } from "@/lib/dataset/vocab";
import { formatPublication } from "@/lib/display/format";
import { routes } from "@/lib/routes";
import { displayTitle } from "@/lib/display/source-title";
import { dateKnownLabels } from "@/lib/dataset/rules/provenance-vocab";

export type SourceLine = { title: string; url: string; authors: string; publisher: string; published: string; tier: string };

/** The parts of a one-line citation: "Title, A. Author. Publisher, June 2019. Independent media." */
export function sourceLine(source: Source): SourceLine {
  return {
    title: displayTitle(source),
    url: source.url,
    authors: source.authors.join(", "),
    publisher: source.publisher,
    published: formatPublication(source.published),
    tier: tierLabels[source.tier],
  };
}

/** "source: Kazinform, June 2019", or the bare id when the source is not at hand. */
export function sourceCredit(source: Source | undefined, sourceId: string): string {
  return source ? `source: ${source.publisher}, ${formatPublication(source.published)}` : `source: ${sourceId}`;
}

const titleKindNotes: Record<Source["title_kind"], string> = {
  "as-published": "As the page shows it",
  translated: "The page’s own title, with our English translation in brackets",
  description: "The page shows no title we could trace: the bracketed text is our description",
};

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** A row of a source's metadata; `link` is internal (a page here) or external (the publisher's). */
export type MetaRow = { term: string; text: string; link?: { href: string; external: boolean } };

/** The source's metadata, row by row, in the order a reader checks it. */
export function sourceMetaRows(source: Source): MetaRow[] {
  const p = source.published;
  const rows: MetaRow[] = [{ term: "Title", text: titleKindNotes[source.title_kind] }];
  if (source.derived_from) rows.push({ term: "Derived from", text: source.derived_from, link: { href: routes.source(source.derived_from), external: false } });
  rows.push(
    { term: "Publisher", text: source.publisher },
    { term: "Authors", text: source.authors.length > 0 ? source.authors.join(", ") : "Not named" },
    { term: "Published", text: p.kind === "unknown" ? `Not shown${p.basis ? ` (${p.basis})` : ""}` : formatPublication(p) },
  );
  if (p.kind !== "unknown" && (p.basis || p.known)) {
    const known = p.known ? `${dateKnownLabels[p.known][0]!.toUpperCase()}${dateKnownLabels[p.known].slice(1)}.` : null;
    rows.push({ term: "How the date is known", text: [known, p.basis].filter(Boolean).join(" ") });
  }
  rows.push(
    { term: "How the page was seen", text: seenText(source) },
    { term: "Language", text: languageNames.of(source.language) ?? source.language },
    { term: "Reliability", text: tierLabels[source.tier] },
    { term: "Original", text: source.url, link: { href: source.url, external: true } },
  );
  return rows;
}

function seenText(source: Source): string {
  const seen = source.seen;
  const recorded = `passages recorded ${formatPartialDate(source.accessed)}`;
  if (seen?.how === "live") return `Opened live on ${formatPartialDate(seen.date)}`;
  if (seen?.how === "archived") return `An archived copy (${[seen.archive, seen.date ? `copy of ${formatPartialDate(seen.date)}` : null].filter(Boolean).join(", ")}), not the live page; ${recorded}`;
  return `Not recorded; ${recorded}`;
}

/** The heading and note above a source's stored text: the primary article is whole, others only their quoted passages. */
export function storedTextIntro(isPrimary: boolean): { heading: string; note: string } {
  return isPrimary
    ? { heading: "The full text", note: "Stored byte for byte as published, typos included. Highlighted passages are quoted by facts in this dataset." }
    : { heading: "The passages we stored", note: "Only the passages quoted in this dataset were stored, verbatim. Highlighted passages are quoted by facts." };
}

/** What a quoted passage is to the fact that quotes it. */
export function passageRoleLabel(role: "quote" | "evidence"): string {
  return role === "quote" ? "The fact’s own quote" : "Evidence for the fact";
}

/** The mark after a highlighted passage: "fact" when one fact quotes it, else "fact 1", "fact 2", … */
export function passageMarkLabel(index: number, count: number): string {
  return count === 1 ? "fact" : `fact ${index + 1}`;
}
