// CSL-JSON records for everything a reader may cite: the dataset, a panel, a
// fact's page on this site, and the original source a quote comes from.
// Pure functions: the access date is passed in, never read from the clock.
import { parsePartialDate } from "@/lib/dataset/partial-date";
import type { DatasetMeta, Fact, Panel, Source } from "@/lib/dataset/schema";
import { siteName } from "@/lib/site";
import type { Tier } from "@/lib/dataset/vocab";
import { displayTitle } from "@/lib/display/source-title";
import { factCaveat } from "@/lib/display/caveats";
import { routes } from "@/lib/routes";
import { seenNote, sourceAccessed } from "@/lib/citation/seen";

export type CslDate = { "date-parts": number[][]; circa?: boolean };
type CslName = { family: string; given?: string } | { literal: string };
export type CslRecord = {
  id: string;
  "citation-key": string;
  type: string;
  title: string;
  author?: CslName[];
  "container-title"?: string;
  publisher?: string;
  version?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL: string;
  language?: string;
  note?: string;
};

export function cslDate(date: string): CslDate | undefined {
  const d = parsePartialDate(date);
  if (!d) return undefined;
  return { "date-parts": [[d.year, ...(d.month ? [d.month] : []), ...(d.month && d.day ? [d.day] : [])]] };
}

/** "Joe Millis" → family Millis, given Joe. */
export function personName(name: string): CslName {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return parts.length > 0 ? { family, given: parts.join(" ") } : { family };
}

// BibTeX keys may not hold hyphens in every tool; keep letters and digits.
function citationKey(...parts: string[]): string {
  return parts
    .join(" ")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1)))
    .join("");
}

const dashboardAuthor: CslName[] = [{ literal: siteName }];

type CiteContext = { meta: DatasetMeta; siteUrl: string; accessed: string };

export function datasetRecord({ meta, siteUrl, accessed }: CiteContext): CslRecord {
  return {
    id: "dataset",
    "citation-key": citationKey("kzil", "dataset", meta.version),
    type: "dataset",
    title: meta.title,
    author: dashboardAuthor,
    publisher: siteName,
    version: meta.version,
    issued: cslDate(meta.published),
    accessed: cslDate(accessed),
    URL: `${siteUrl}/`,
  };
}

// A page of this site: authored by the dashboard, inside the versioned dataset.
function dashboardPageRecord(kind: "fact" | "panel", id: string, title: string, path: string, { meta, siteUrl, accessed }: CiteContext, note?: string): CslRecord {
  return {
    id: `${kind}-${id}`,
    "citation-key": citationKey("kzil", ...(kind === "panel" ? ["panel"] : []), id),
    type: "webpage",
    title,
    author: dashboardAuthor,
    "container-title": `${meta.title}, version ${meta.version}`,
    publisher: siteName,
    issued: cslDate(meta.published),
    accessed: cslDate(accessed),
    URL: `${siteUrl}${path}`,
    ...(note ? { note } : {}),
  };
}

/** A fact's page, its figure's qualifier, date and verdict in brackets after the statement, so no style drops them. */
export function factPageRecord(fact: Fact, context: CiteContext): CslRecord {
  return dashboardPageRecord("fact", fact.id, `${fact.statement} [${factCaveat(fact)}]`, routes.fact(fact.id), context);
}

/** A panel's page; each of its figures with qualifier, date and verdict, and the panel's note, travel in the note. */
export function panelRecord(panel: Panel, context: CiteContext, facts: Fact[] = []): CslRecord {
  const listed = panel.facts.flatMap((id) => facts.filter((f) => f.id === id));
  const trim = (text: string) => text.replace(/\.$/, "");
  const note = [panel.note, ...listed.map((f) => `${trim(f.statement)}: ${factCaveat(f)}`)]
    .filter((part): part is string => Boolean(part))
    .map(trim)
    .join(". ");
  return dashboardPageRecord("panel", panel.id, panel.title, routes.panel(panel.id), context, note || undefined);
}

const cslTypes: Record<Tier, string> = {
  primary: "article-newspaper",
  official: "report",
  news: "article-newspaper",
  analysis: "article-magazine",
  reference: "entry-encyclopedia",
  aggregator: "webpage",
  mirror: "webpage",
  blog: "post-weblog",
};

/**
 * An estimated publication date cites as a year (or a span of years) marked
 * circa, never as a month the page does not show; an unknown one as no date.
 */
export function estimatedIssued(from: string, to: string): CslDate | undefined {
  const start = parsePartialDate(from)?.year;
  const end = parsePartialDate(to)?.year;
  if (start === undefined || end === undefined) return undefined;
  return { "date-parts": start === end ? [[start]] : [[start], [end]], circa: true };
}

const estimateYears = (issued: CslDate) => issued["date-parts"].map((part) => part[0]).join("–");

function publicationDateNote(known: string | undefined, years: string): string {
  if (known === "url") return `Publication date not shown on the page; taken from its URL (ca. ${years})`;
  if (known === "metadata") return `Publication date not shown on the page; taken from a stored copy's metadata (ca. ${years})`;
  if (known === "unrecorded") return `Publication date not shown on the page as far as recorded (ca. ${years})`;
  return `Publication date not shown on the page; estimated ca. ${years}`;
}

/** The original publication a quote comes from, dated as honestly as we know it. */
export function sourceRecord(source: Source): CslRecord {
  const p = source.published;
  const issued = p.kind === "exact" ? cslDate(p.date) : p.kind === "estimated" ? estimatedIssued(p.from, p.to) : undefined;
  const notes = [
    p.kind === "estimated" && issued ? publicationDateNote(p.known, estimateYears(issued)) : null,
    seenNote(source.seen),
    source.title_kind === "description" ? "The page shows no title: the bracketed title is a description" : null,
  ].filter((note) => note !== null);
  return {
    id: `source-${source.id}`,
    "citation-key": citationKey(source.id),
    type: cslTypes[source.tier],
    // The page's own title; a translation or our description goes in square brackets, as APA 7 and MLA 9 do.
    title: displayTitle(source),
    ...(source.authors.length > 0 ? { author: source.authors.map(personName) } : {}),
    "container-title": source.publisher,
    ...(issued ? { issued } : {}),
    ...sourceAccessed(source.seen),
    URL: source.url,
    language: source.language,
    ...(notes.length > 0 ? { note: notes.join(". ") } : {}),
  };
}
