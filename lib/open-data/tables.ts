// The three tables of the downloads (facts, sources, evidence). Each column is
// defined once, with its Frictionless field type and how a record fills it, so
// the CSV header, its rows and the data package's table schema cannot
// disagree. Column order is part of the public contract (see the README).
import { asOfBounds, formatAsOf } from "@/lib/display/figure-date";
import { dateKnowns, seenHows } from "@/lib/dataset/rules/provenance-vocab";
import type { Evidence, Fact, Source } from "@/lib/dataset/schema";
import { asOfKinds, attributions, periods, qualifiers, stances, tiers, titleKinds, topics, units, verdicts } from "@/lib/dataset/vocab";

type Cell = string | number | null;

export type Column<Row> = {
  name: string;
  type: "string" | "number" | "integer" | "boolean";
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; pattern?: string; minimum?: number };
  value: (row: Row) => Cell;
};

// Frictionless patterns are XML Schema regexes: implicitly anchored, so no ^ or $.
const datePattern = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
const slugPattern = "[a-z0-9]+(-[a-z0-9]+)*";
const required = { required: true } as const;

export const factColumns: Column<Fact>[] = [
  { name: "id", type: "string", description: "Permanent id; the fact's page is /facts/{id}", constraints: { ...required, unique: true, pattern: slugPattern }, value: (f) => f.id },
  { name: "topic", type: "string", description: "Topic", constraints: { ...required, enum: topics }, value: (f) => f.topic },
  { name: "statement", type: "string", description: "The claim in neutral words", constraints: required, value: (f) => f.statement },
  { name: "quote_source", type: "string", description: "Id of the source the quote comes from (sources.id)", constraints: required, value: (f) => f.quote.source },
  { name: "quote_text", type: "string", description: "The quote, verbatim", constraints: required, value: (f) => f.quote.text },
  { name: "quote_translation", type: "string", description: "Our English translation of a quote in another language", value: (f) => f.quote.translation ?? null },
  { name: "speaker_name", type: "string", description: "Who is quoted, when the quote is a person's words", value: (f) => f.speaker?.name ?? null },
  { name: "speaker_role", type: "string", description: "The speaker's role at the time", value: (f) => f.speaker?.role ?? null },
  { name: "figure_value", type: "number", description: "The number the quote gives", value: (f) => f.figure?.value ?? null },
  { name: "figure_unit", type: "string", description: "Unit of figure_value", constraints: { enum: units }, value: (f) => f.figure?.unit ?? null },
  { name: "figure_qualifier", type: "string", description: "How exact figure_value is (at-least = a lower bound)", constraints: { enum: qualifiers }, value: (f) => f.figure?.qualifier ?? null },
  { name: "figure_period", type: "string", description: "The period figure_value covers", constraints: { enum: periods }, value: (f) => f.figure?.period ?? null },
  { name: "figure_as_of", type: "string", description: "When figure_value held: the date (YYYY, YYYY-MM or YYYY-MM-DD) when exact, else the period in words (\"c. 2010–2012\", \"undated, before 2019\", \"undated\"); see figure_as_of_kind", value: (f) => (f.figure ? (f.figure.as_of.kind === "exact" ? f.figure.as_of.date : formatAsOf(f.figure.as_of)) : null) },
  { name: "figure_measure", type: "string", description: "What figure_value measures", value: (f) => f.figure?.measure ?? null },
  { name: "event_date", type: "string", description: "When the event happened: YYYY, YYYY-MM or YYYY-MM-DD", constraints: { pattern: datePattern }, value: (f) => f.event?.date ?? null },
  { name: "event_end", type: "string", description: "When a lasting event ended", constraints: { pattern: datePattern }, value: (f) => f.event?.end ?? null },
  { name: "verdict", type: "string", description: "What other sources make of the claim", constraints: { ...required, enum: verdicts }, value: (f) => f.verdict.rating },
  { name: "verdict_summary", type: "string", description: "Why, in a sentence or two", constraints: required, value: (f) => f.verdict.summary },
  { name: "evidence_count", type: "integer", description: "How many rows evidence.csv has for this fact", constraints: { ...required, minimum: 0 }, value: (f) => f.evidence.length },
  { name: "figure_as_of_kind", type: "string", description: "How the figure is dated: exact, estimated (a range), before or after a date (undated, only bounded), unknown", constraints: { enum: asOfKinds }, value: (f) => f.figure?.as_of.kind ?? null },
  { name: "figure_as_of_from", type: "string", description: "Earliest date the figure can describe (exact: the date; estimated: the range's start; after: the bound)", constraints: { pattern: datePattern }, value: (f) => (f.figure ? asOfBounds(f.figure.as_of).from : null) },
  { name: "figure_as_of_to", type: "string", description: "Latest date the figure can describe (exact: the date; estimated: the range's end; before: the bound, exclusive)", constraints: { pattern: datePattern }, value: (f) => (f.figure ? asOfBounds(f.figure.as_of).to : null) },
  { name: "figure_as_of_basis", type: "string", description: "Why the figure is dated so, when not exact", value: (f) => (f.figure ? asOfBounds(f.figure.as_of).basis : null) },
  { name: "quote_attribution", type: "string", description: "Whose words the quote is: direct (the speaker's own), reported (the speaker's, in the source's words) or narration (the publication's own; no speaker)", constraints: { ...required, enum: attributions }, value: (f) => f.quote.attribution },
  { name: "figure_projection", type: "boolean", description: "true when the figure is a forecast, not a measured value", value: (f) => (f.figure ? String(f.figure.projection ?? false) : null) },
  { name: "figure_series", type: "string", description: "The declared series the figure belongs to (points of one series are comparable); empty when it stands alone", constraints: { pattern: slugPattern }, value: (f) => f.figure?.series ?? null },
];

const publishedDate = (s: Source) => (s.published.kind === "exact" ? s.published.date : null);
const estimate = (s: Source) => (s.published.kind === "estimated" ? s.published : null);

export const sourceColumns: Column<Source>[] = [
  { name: "id", type: "string", description: "Permanent id; the source's page is /sources/{id}", constraints: { ...required, unique: true, pattern: slugPattern }, value: (s) => s.id },
  { name: "title", type: "string", description: "The title: as published, our English translation, or our description of an untitled page (see title_kind)", constraints: required, value: (s) => s.title },
  { name: "authors", type: "string", description: "Authors, separated by “; ” (empty when none is named)", value: (s) => s.authors.join("; ") || null },
  { name: "publisher", type: "string", description: "Publisher or outlet", constraints: required, value: (s) => s.publisher },
  { name: "url", type: "string", description: "Where it was published (an absolute http or https URL)", constraints: required, value: (s) => s.url },
  { name: "published_kind", type: "string", description: "exact, estimated (a range) or unknown", constraints: { ...required, enum: ["exact", "estimated", "unknown"] }, value: (s) => s.published.kind },
  { name: "published_date", type: "string", description: "Publication date, when exact", constraints: { pattern: datePattern }, value: publishedDate },
  { name: "published_from", type: "string", description: "Earliest possible publication date, when estimated", constraints: { pattern: datePattern }, value: (s) => estimate(s)?.from ?? null },
  { name: "published_to", type: "string", description: "Latest possible publication date, when estimated", constraints: { pattern: datePattern }, value: (s) => estimate(s)?.to ?? null },
  { name: "published_label", type: "string", description: "The estimate in words", value: (s) => estimate(s)?.label ?? null },
  { name: "published_basis", type: "string", description: "How the date was established", value: (s) => s.published.basis ?? null },
  { name: "accessed", type: "string", description: "When the passages were recorded", constraints: { ...required, pattern: datePattern }, value: (s) => s.accessed },
  { name: "language", type: "string", description: "ISO 639-1 code of the source's language", constraints: { ...required, pattern: "[a-z]{2}" }, value: (s) => s.language },
  { name: "tier", type: "string", description: "Reliability tier, most reliable first: primary, official, news, analysis, reference, aggregator, mirror, blog", constraints: { ...required, enum: tiers }, value: (s) => s.tier },
  { name: "note", type: "string", description: "Anything a reader should know about the source", value: (s) => s.note ?? null },
  { name: "title_kind", type: "string", description: "as-published (title is the page's own), translated (title is our translation of original_title) or description (the page has no traceable title; title is our description, cited in square brackets)", constraints: { ...required, enum: titleKinds }, value: (s) => s.title_kind },
  { name: "original_title", type: "string", description: "The title exactly as the page shows it, in its own language, when title_kind is translated", value: (s) => s.original_title ?? null },
  { name: "derived_from", type: "string", description: "The source this one merely repeats or summarises (sources.id), if any", constraints: { pattern: slugPattern }, value: (s) => s.derived_from ?? null },
  { name: "published_known", type: "string", description: "How the publication date is known: page (shown on the page), url (taken from the URL), metadata (recorded with a stored copy, not shown in the page text), estimated or unrecorded", constraints: { enum: [...dateKnowns] }, value: (s) => (s.published.kind === "unknown" ? null : (s.published.known ?? null)) },
  { name: "seen_how", type: "string", description: "How the page was seen: live, or an archived copy", constraints: { enum: [...seenHows] }, value: (s) => s.seen?.how ?? null },
  { name: "seen_archive", type: "string", description: "The archive an archived copy was read from", value: (s) => (s.seen?.how === "archived" ? s.seen.archive : null) },
  { name: "seen_date", type: "string", description: "When the page was opened live, or the archived copy's date where known", constraints: { pattern: datePattern }, value: (s) => s.seen?.date ?? null },
];

/** One row of evidence.csv: a piece of evidence with the fact it bears on. */
type EvidenceRow = { factId: string; position: number; evidence: Evidence };

export function evidenceRows(facts: Fact[]): EvidenceRow[] {
  return facts.flatMap((fact) => fact.evidence.map((evidence, index) => ({ factId: fact.id, position: index + 1, evidence })));
}

export const evidenceColumns: Column<EvidenceRow>[] = [
  { name: "fact_id", type: "string", description: "The fact this evidence bears on (facts.id)", constraints: required, value: (r) => r.factId },
  { name: "position", type: "integer", description: "Order of the evidence within its fact, from 1", constraints: { ...required, minimum: 1 }, value: (r) => r.position },
  { name: "source", type: "string", description: "Id of the source the evidence quotes (sources.id)", constraints: required, value: (r) => r.evidence.source },
  { name: "stance", type: "string", description: "What the evidence does to the claim", constraints: { ...required, enum: stances }, value: (r) => r.evidence.stance },
  { name: "quote", type: "string", description: "The evidence, verbatim", constraints: required, value: (r) => r.evidence.quote },
  { name: "translation", type: "string", description: "Our English translation of a quote in another language", value: (r) => r.evidence.translation ?? null },
  { name: "note", type: "string", description: "What the evidence shows, in one line", constraints: required, value: (r) => r.evidence.note },
  { name: "independent", type: "boolean", description: "true when the evidence's source is independent of the claim's source (neither derives from the other or from a common source)", constraints: required, value: (r) => String(r.evidence.independent) },
];

export function columnNames<Row>(columns: Column<Row>[]): string[] {
  return columns.map((column) => column.name);
}
