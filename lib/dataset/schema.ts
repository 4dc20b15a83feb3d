import { z } from "zod";
import { isPartialDate } from "@/lib/dataset/partial-date";
import {
  panelViews,
  periods,
  qualifiers,
  stances,
  tiers,
  topics,
  units,
  verdicts,
} from "@/lib/dataset/vocab";

const text = z.string().trim().min(1, "must not be empty");

/** A stable id that doubles as a permalink segment. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug (a-z, 0-9, single hyphens)")
  .max(80, "must be at most 80 characters");

export const partialDate = z
  .string()
  .refine(isPartialDate, "must be a real date written YYYY, YYYY-MM or YYYY-MM-DD");

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
  z.object({ kind: z.literal("exact"), date: partialDate, basis: text.optional() }),
  z.object({
    kind: z.literal("estimated"),
    from: partialDate,
    to: partialDate,
    label: text,
    basis: text,
  }),
  z.object({ kind: z.literal("unknown"), basis: text.optional() }),
]);

export const sourceSchema = z.strictObject({
  id: slug,
  title: text,
  authors: z.array(text),
  publisher: text,
  url: httpUrl,
  published: publicationSchema,
  accessed: partialDate,
  language: z.string().regex(/^[a-z]{2}$/, "must be a two-letter ISO 639-1 code"),
  tier: z.enum(tiers),
  note: text.optional(),
});

export const quoteSchema = z.strictObject({
  source: slug,
  text,
  translation: text.optional(),
});

export const evidenceSchema = z.strictObject({
  source: slug,
  quote: text,
  translation: text.optional(),
  stance: z.enum(stances),
  note: text,
});

export const figureSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(units),
  qualifier: z.enum(qualifiers),
  period: z.enum(periods).optional(),
  as_of: partialDate,
  measure: text,
});

export const factSchema = z.strictObject({
  id: slug,
  topic: z.enum(topics),
  statement: text,
  quote: quoteSchema,
  speaker: z.strictObject({ name: text, role: text }).optional(),
  figure: figureSchema.optional(),
  event: z.strictObject({ date: partialDate, end: partialDate.optional() }).optional(),
  verdict: z.strictObject({ rating: z.enum(verdicts), summary: text }),
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
  pairs: z.array(z.strictObject({ then: slug, now: slug.optional(), change: text })).optional(),
});

export const datasetMetaSchema = z.strictObject({
  title: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  published: partialDate,
  primary_source: slug,
});

export type Publication = z.infer<typeof publicationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Panel = z.infer<typeof panelSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** A source together with the text its quotes are checked against. */
export type StoredSource = Source & { text: string };
