// Snapshot records of any schema version, reduced to the labels a reader sees,
// so that a change of storage (as_of "2019-06" becoming {kind: exact, date:
// 2019-06}) is not reported as a change of content.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import { formatValue } from "@/lib/display/format";
import { dateKnownLabels, type DateKnown } from "@/lib/dataset/rules/provenance-vocab";
import { units, verdictLabels, type Unit, type Verdict } from "@/lib/dataset/vocab";

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Quotes compared as the quote matcher reads them: runs of whitespace are one space. */
function squash(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, " ").trim();
}

function dateLabel(value: unknown): string {
  return typeof value === "string" ? formatPartialDate(value) : String(value ?? "");
}

/** The period a figure describes, from the string shorthand or any object form. */
export function asOfLabel(asOf: unknown): string {
  if (typeof asOf === "string") return formatPartialDate(asOf);
  const o = obj(asOf);
  if (!o) return "undated";
  switch (o.kind) {
    case "exact":
      return dateLabel(o.date);
    case "estimated":
      return str(o.label) ?? `c. ${dateLabel(o.from)}–${dateLabel(o.to)}`;
    case "before":
      return `undated, before ${dateLabel(o.date)}`;
    case "after":
      return `undated, after ${dateLabel(o.date)}`;
    default:
      return "undated";
  }
}

export function publishedLabel(published: unknown): string {
  const o = obj(published);
  if (!o) return "date not shown";
  if (o.kind === "exact") return dateLabel(o.date);
  if (o.kind === "estimated") return str(o.label) ?? `c. ${dateLabel(o.from)}–${dateLabel(o.to)}`;
  return "date not shown";
}

/** How a publication date is known, in the words the source page uses; "not recorded" when the record does not say. */
export function dateKnownLabel(published: unknown): string {
  const known = obj(published)?.known;
  return typeof known === "string" && Object.hasOwn(dateKnownLabels, known) ? dateKnownLabels[known as DateKnown] : "not recorded";
}

function valueLabel(value: unknown, unit: unknown): string {
  if (typeof value !== "number") return String(value ?? "");
  return (units as readonly unknown[]).includes(unit) ? formatValue(value, unit as Unit) : `${value} ${String(unit ?? "")}`.trim();
}

const words = (value: unknown) => (typeof value === "string" ? value.replace(/-/g, " ") : "");

export type FactLabels = {
  id: string;
  statement: string;
  verdict: string;
  verdictSummary: string;
  quoteSource: string;
  quoteText: string;
  quoteTranslation: string;
  attribution: string;
  figure: { value: string; qualifier: string; period: string; measure: string; date: string } | null;
  eventDate: string;
  evidence: string;
};

/** Who the quoted words belong to, as a reader is told it. Before quotes had an `attribution`, a speaker meant the speaker's own words. */
function attributionLabel(fact: Json, quote: Json, publisherOf: (id: string) => string): string {
  const speaker = obj(fact.speaker) ?? obj(quote.speaker);
  const attribution = str(quote.attribution) ?? (speaker ? "direct" : "narration");
  const publisher = publisherOf(str(quote.source) ?? "");
  const who = speaker ? [str(speaker.name), str(speaker.role)].filter(Boolean).join(", ") : "";
  if (attribution === "direct") return `${who}, in their own words`;
  if (attribution === "reported") return `${who}, as reported by ${publisher}`;
  return `${publisher}'s own words`;
}

export function factLabels(fact: Json, publisherOf: (id: string) => string): FactLabels {
  const quote = obj(fact.quote) ?? {};
  const verdict = obj(fact.verdict) ?? {};
  const figure = obj(fact.figure);
  const event = obj(fact.event);
  const rating = str(verdict.rating) ?? "";
  const evidence = Array.isArray(fact.evidence) ? fact.evidence.map(obj).filter((e): e is Json => Boolean(e)) : [];
  return {
    id: String(fact.id),
    statement: str(fact.statement) ?? "",
    verdict: (verdictLabels[rating as Verdict] ?? rating).toLowerCase(),
    verdictSummary: squash(str(verdict.summary)) ?? "",
    quoteSource: str(quote.source) ?? "",
    quoteText: squash(str(quote.text)) ?? "",
    quoteTranslation: squash(str(quote.translation)) ?? "none",
    attribution: attributionLabel(fact, quote, publisherOf),
    figure: figure
      ? {
          value: valueLabel(figure.value, figure.unit),
          qualifier: words(figure.qualifier),
          period: words(figure.period) || "none",
          measure: str(figure.measure) ?? "",
          date: asOfLabel(figure.as_of),
        }
      : null,
    eventDate: event ? [dateLabel(event.date), event.end ? dateLabel(event.end) : ""].filter(Boolean).join(" to ") : "none",
    evidence: evidence.map((e) => `${str(e.source)} (${str(e.stance)})`).join("; ") || "none",
  };
}

export type SourceLabels = {
  id: string;
  title: string;
  publisher: string;
  authors: string;
  url: string;
  published: string;
  dateKnown: string;
  tier: string;
  note: string;
  textHash: string;
};

/** A title as cited: a description of an untitled page in brackets, a translation after the original. */
export function titleLabel(source: Json): string {
  const title = str(source.title) ?? "";
  if (source.title_kind === "description") return `[${title}]`;
  if (source.title_kind === "translated" && str(source.original_title)) return `${str(source.original_title)} [${title}]`;
  return title;
}

export function sourceLabels(source: Json): SourceLabels {
  return {
    id: String(source.id),
    title: titleLabel(source),
    publisher: str(source.publisher) ?? "",
    authors: Array.isArray(source.authors) && source.authors.length > 0 ? source.authors.join("; ") : "none",
    url: str(source.url) ?? "",
    published: publishedLabel(source.published),
    dateKnown: dateKnownLabel(source.published),
    tier: words(source.tier),
    note: squash(str(source.note)) || "none",
    textHash: str(source.text_sha256) ?? "",
  };
}
