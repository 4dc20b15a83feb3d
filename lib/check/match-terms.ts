// Curated match terms (data/match-terms.yaml): per fact, the groups of words
// a sentence must hold to assert it (one alternative of every group, in
// English or Russian), and words that show a sentence is about something
// else (a region's turnout, a later election). Checked by `check:data`.
import { parseDocument } from "yaml";
import { z } from "zod";
import type { Problem } from "@/lib/dataset/problem";

const term = z.string().trim().min(1, "must not be empty");

export const factTermsSchema = z.strictObject({
  all: z.array(z.array(term).min(1, "must list at least one alternative")).min(1, "must list at least one group"),
  none: z.array(term).optional(),
});

export const matchTermsSchema = z.record(z.string(), factTermsSchema);

export type FactTerms = z.infer<typeof factTermsSchema>;
export type MatchTerms = z.infer<typeof matchTermsSchema>;

const normal = (t: string) => t.trim().toLowerCase().replace(/\s+/g, " ");

/** Reads the file's text; every problem is named by file, fact id and field. */
export function readMatchTerms(text: string, factIds: ReadonlySet<string>, file: string): { terms: MatchTerms; problems: Problem[] } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    return { terms: {}, problems: doc.errors.map((e) => ({ file, id: "-", field: "-", reason: e.message.split("\n")[0] ?? "unreadable YAML" })) };
  }
  const parsed = matchTermsSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      terms: {},
      problems: parsed.error.issues.map((issue) => ({ file, id: String(issue.path[0] ?? "-"), field: issue.path.slice(1).join(".") || "-", reason: issue.message })),
    };
  }
  const problems: Problem[] = [];
  for (const [id, entry] of Object.entries(parsed.data)) {
    if (!factIds.has(id)) problems.push({ file, id, field: "-", reason: "names no fact in data/facts" });
    const seen = new Set<string>();
    const every = [...entry.all.flat(), ...(entry.none ?? [])];
    for (const t of every) {
      if (seen.has(normal(t))) problems.push({ file, id, field: "all", reason: `the term "${t}" is listed twice` });
      seen.add(normal(t));
    }
  }
  return { terms: parsed.data, problems };
}
