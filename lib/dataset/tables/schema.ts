// Statistical tables (a compiler's release, in a copy taken from a public
// repository) and the recorded series drawn from their rows.
import { z } from "zod";
import { slug } from "@/lib/dataset/schema";

const text = z.string().trim().min(1, "must not be empty");
const hex40 = z.string().regex(/^[0-9a-f]{40}$/, "must be a 40-digit git hash");
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "must be a 64-digit SHA-256");
const yearText = z.preprocess((v) => (typeof v === "number" ? String(v) : v), z.string().regex(/^\d{4}$/, "must be a year"));

export const tableUnits = ["usd-thousand", "usd-million", "usd-billion"] as const;
export type TableUnit = (typeof tableUnits)[number];
/** How much one unit is worth in US dollars. */
export const unitDollars: Record<TableUnit, number> = { "usd-thousand": 1e3, "usd-million": 1e6, "usd-billion": 1e9 };

/** `whole`: the copy rounds every value to a whole unit, so 0 means under half a unit. */
export const roundings = ["whole", "two-decimals", "as-stored"] as const;

export const tableSchema = z.object({
  id: slug,
  file: text,
  sha256,
  title: text,
  title_kind: z.enum(["as-published", "description"]),
  compiler: text,
  authors: z.array(text).optional(),
  release: text,
  published: yearText.optional(),
  citation: text.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  copy: z.object({
    description: text,
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
    path: text,
    commit: hex40,
    blob: hex40,
    sha256: sha256.optional(),
    also: z.array(z.object({ path: text, blob: hex40, sha256: sha256.optional() })).optional(),
  }),
  unit: text,
  unit_code: z.enum(tableUnits),
  currency_basis: text,
  rounding: z.enum(roundings),
  reporter: text,
  year_column: text,
  caveats: z.array(text).default([]),
});
export type StatTable = z.infer<typeof tableSchema>;

export const flows = ["israel-imports-from-kazakhstan", "kazakhstan-imports-from-israel"] as const;
export type Flow = (typeof flows)[number];

const rowNumber = z.number().int().min(1);
export const recordedPointSchema = z.union([
  z.object({ year: z.number().int(), table: slug.optional(), row: rowNumber, value: text }).strict(),
  z
    .object({
      year: z.number().int(),
      table: slug.optional(),
      derived: z.object({ sum_of: z.array(rowNumber).min(2), what: text }),
      value: text,
    })
    .strict(),
]);
export type RecordedPoint = z.infer<typeof recordedPointSchema>;

export const recordedSeriesSchema = z.object({
  id: slug,
  measure: text,
  flow: z.enum(flows),
  compiler: text,
  release: text,
  reporter: text,
  unit: z.enum(tableUnits),
  table: slug,
  column: text,
  /** Cells every row must hold (the country codes that fix the direction). */
  where: z.record(z.string(), z.string()).default({}),
  points: z.array(recordedPointSchema).min(2, "a series needs at least two points"),
  /** Years the table covers but that are not drawn, and why (an incomplete extract). */
  gaps: z.array(z.object({ years: z.array(z.number().int()).min(1), reason: text })).default([]),
});
export type RecordedSeries = z.infer<typeof recordedSeriesSchema>;
