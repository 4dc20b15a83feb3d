import { z } from "zod";
import { isPartialDate } from "@/lib/dataset/partial-date";
import {
  attributions,
  panelViews,
  periods,
  qualifiers,
  stances,
  tiers,
  titleKinds,
  topics,
  units,
  verdicts,
} from "@/lib/dataset/vocab";
import { dateKnowns } from "@/lib/dataset/rules/provenance-vocab";

const text = z.string().trim().min(1, "must not be empty");

/** A stable id that doubles as a permalink segment. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, single hyphens)")
  .max(80, "must be at most 80 characters");

// YAML reads an unquoted year (`date: 2019`) as a number; it means the year.
export const partialDate = z.preprocess(
  (value) => (typeof value === "number" && Number.isInteger(value) ? String(value) : value),
  z.string().refine(isPartialDate, "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD"),
);

const httpUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an absolute http(s) URL");

export const publicationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("exact"), date: partialDate, basis: text.optional(), known: z.enum(dateKnowns).optional() }),
  z.object({
    kind: z.literal("estimated"),
    from: partialDate,
    to: partialDate,
    label: text,
    basis: text,
    known: z.enum(dateKnowns).optional(),
  }),
  z.object({ kind: z.literal("unknown"), basis: text.optional() }),
]);

/** How the page was seen: live on a date, or as an archived copy (the archive, and the copy's date where known). */
export const seenSchema = z.discriminatedUnion("how", [
  z.strictObject({ how: z.literal("live"), date: partialDate }),
  z.strictObject({ how: z.literal("archived"), archive: text, date: partialDate.optional(), url: httpUrl.optional() }),
]);

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  /** as-published: the page's own title; translated: our English for `original_title`; description: ours, cited in brackets. */
  title_kind: z.enum(titleKinds),
  original_title: text.optional(),
  /** This source merely repeats or summarises that one (a digest, wire copy, mirror). */
  derived_from: slug.optional(),
  authors: z.array(text),
  publisher: text,
  url: httpUrl,
  published: publicationSchema,
  accessed: partialDate,
  seen: seenSchema.optional(),
  language: z.string().regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code"),
  tier: z.enum(tiers),
  note: text.optional(),
});

const quoteSchema = z.strictObject({
  source: slug,
  text,
  translation: text.optional(),
  attribution: z.enum(attributions),
});

export const evidenceSchema = z.strictObject({
  source: slug,
  quote: text,
  translation: text.optional(),
  stance: z.enum(stances),
  /** Is this source independent of the claim's source? */
  independent: z.boolean(),
  note: text,
});

const asOfObject = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("exact"), date: partialDate }),
  z.strictObject({ kind: z.literal("estimated"), from: partialDate, to: partialDate, basis: text, label: text.optional() }),
  z.strictObject({ kind: z.literal("before"), date: partialDate, basis: text }),
  z.strictObject({ kind: z.literal("after"), date: partialDate, basis: text }),
  z.strictObject({ kind: z.literal("unknown"), basis: text }),
]);

/** The period a figure describes (never the date it was repeated); a bare date is shorthand for an exact one. */
export const asOfSchema = z.preprocess(
  (value) => (typeof value === "string" || typeof value === "number" ? { kind: "exact", date: value } : value),
  asOfObject,
);

const figureSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(units),
  qualifier: z.enum(qualifiers),
  period: z.enum(periods).optional(),
  as_of: asOfSchema,
  measure: text,
  /** A forecast: a value for a date after the source's publication. */
  projection: z.boolean().optional(),
  /** The declared series (data/series.yaml) this point belongs to. */
  series: slug.optional(),
});

export const factSchema = z.strictObject({
  id: slug,
  topic: z.enum(topics),
  statement: text,
  quote: quoteSchema,
  speaker: z.strictObject({ name: text, role: text }).optional(),
  figure: figureSchema.optional(),
  event: z.strictObject({ date: partialDate, end: partialDate.optional() }).optional(),
  verdict: z.strictObject({
    rating: z.enum(verdicts),
    summary: text,
    /** What was looked for, and where. */
    searched: text.optional(),
  }),
  evidence: z.array(evidenceSchema),
});

export const panelSchema = z.strictObject({
  id: slug,
  title: text,
  description: text,
  topic: z.enum(topics).optional(),
  view: z.enum(panelViews),
  facts: z.array(slug).min(1, "must list at least one fact"),
  note: text.optional(),
  /** For a bar panel of shares: one more bar, 100 minus the listed facts' values, marked as computed. */
  remainder: z.strictObject({ label: text, of: z.array(slug).min(1) }).optional(),
  /** Facts of this panel shown in the overview grid at the top of the home page, each under a short label. */
  indicators: z.array(z.strictObject({ label: text, fact: slug })).optional(),
  /** For a then-now panel: a claim beside the latest comparable fact (none when the data holds none), and what changed. */
  pairs: z
    .array(
      z.strictObject({
        then: slug,
        now: slug.optional(),
        /** The latest recorded year of a recorded series (data/recorded-series.yaml) measuring the same flow. */
        recorded: slug.optional(),
        change: text,
      }),
    )
    .optional(),
  /** Recorded series (data/recorded-series.yaml) whose latest year is a key indicator on the home page. */
  recorded_indicators: z.array(z.strictObject({ label: text, series: slug })).optional(),
});

/** Points that may be joined by a line: one measure, one compiler, one definition. */
export const seriesSchema = z.strictObject({
  id: slug,
  measure: text,
  unit: z.enum(units),
  compiler: text,
  definition: text,
});

/** The claim ledger: every passage of the primary article, mapped to its facts or to why it holds none. */
export const claimsSchema = z.strictObject({
  source: slug,
  passages: z.array(
    z.strictObject({
      text,
      facts: z.array(slug).optional(),
      no_claim: text.optional(),
    }),
  ),
});

export const datasetMetaSchema = z.strictObject({
  title: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  published: partialDate,
  primary_source: slug,
});

export type Publication = z.infer<typeof publicationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Seen = z.infer<typeof seenSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type AsOf = z.infer<typeof asOfObject>;
export type Series = z.infer<typeof seriesSchema>;
export type Claims = z.infer<typeof claimsSchema>;
export type Passage = Claims["passages"][number];
export type Fact = z.infer<typeof factSchema>;
export type Panel = z.infer<typeof panelSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** A source together with the text its quotes are checked against. */
export type StoredSource = Source & { text: string };
