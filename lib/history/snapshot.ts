// A released dataset version, frozen as plain JSON in data/releases/<version>.json.
// Records are kept as the schema of their day wrote them (the diff normalises
// across schema versions), so reading a snapshot checks only the envelope.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Dataset } from "@/lib/dataset/load";

const snapshotFormat = 1;

const withId = z.looseObject({ id: z.string() });

export const snapshotSchema = z.strictObject({
  format: z.literal(snapshotFormat),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
  published: z.string(),
  title: z.string(),
  primary_source: z.string(),
  facts: z.array(withId),
  sources: z.array(withId.extend({ text_sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  panels: z.array(withId),
});

export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotRecord = z.infer<typeof withId>;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The dataset as a snapshot: every record as loaded, sources without their long text but with its hash. */
export function buildSnapshot(dataset: Dataset): Snapshot {
  return {
    format: snapshotFormat,
    version: dataset.meta.version,
    published: dataset.meta.published,
    title: dataset.meta.title,
    primary_source: dataset.meta.primary_source,
    facts: dataset.facts.map((fact) => ({ ...fact })),
    sources: dataset.sources.map(({ text, ...source }) => ({ ...source, text_sha256: sha256(text) })),
    panels: dataset.panels.map((panel) => ({ ...panel })),
  };
}

/** "0.10.0" after "0.9.1": versions compared part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
