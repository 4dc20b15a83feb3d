// Query parameters of /api/v1: one zod schema per endpoint, and the words that
// tell a client what each parameter accepts. The OpenAPI document is generated
// from the same schemas and words, so it cannot drift from what is enforced.
import { z } from "zod";
import { slug } from "@/lib/dataset/schema";
import { topics, verdicts } from "@/lib/dataset/vocab";
import { changeKinds } from "@/lib/history/diff";

export const defaultLimit = 20;
const maxLimit = 100;
const maxQueryLength = 200;

export const factsQuerySchema = z.strictObject({
  q: z
    .string()
    .max(maxQueryLength)
    .optional()
    .describe(
      "Words to find in the fact's statement, its quote or the quote's translation. Case, accents and curly quotes are ignored; every word must occur.",
    ),
  topic: z.enum(topics).optional().describe("Only facts on this topic."),
  verdict: z.enum(verdicts).optional().describe("Only facts with this verdict."),
  source: slug.optional().describe("Only facts whose quote comes from this source (a source id)."),
  limit: z
    .string()
    .regex(/^[0-9]{1,12}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxLimit))
    .optional()
    .describe(`How many facts to return in one page; ${defaultLimit} when not given.`),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional()
    .describe("Where the page starts: the next_cursor or previous_cursor of an earlier response with the same filters."),
});
export type FactsQuery = z.output<typeof factsQuerySchema>;

export const changesQuerySchema = z.strictObject({
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/)
    .optional()
    .describe("Only the changes made by this dataset version."),
  kind: z.enum(changeKinds).optional().describe("Only changes of this kind."),
});

/** Endpoints that take no query parameter at all. */
export const noQuerySchema = z.strictObject({});

/** What each parameter accepts, in words, for error messages and the API docs. */
export const allowedValues: Record<string, string> = {
  q: `text of at most ${maxQueryLength} characters`,
  topic: `one of ${topics.join(", ")}`,
  verdict: `one of ${verdicts.join(", ")}`,
  source: "the id of a source listed at /api/v1/sources",
  limit: `an integer from 1 to ${maxLimit}`,
  cursor: "the next_cursor or previous_cursor of an earlier response, unchanged",
  version: "a dataset version that made changes, as listed at /api/v1/changes",
  kind: `one of ${changeKinds.join(", ")}`,
};

export type ParamIssue = { parameter: string; message: string; allowed: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ParamIssue[] };

/** A value as it may be echoed back in a message: quoted, and cut when long. */
export function quoted(value: string, max = 60): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

export function invalidValue(parameter: string, value: string): ParamIssue {
  const allowed = allowedValues[parameter] ?? "a valid value";
  return { parameter, allowed, message: `${parameter}: ${quoted(value)} is not allowed; use ${allowed}.` };
}

/**
 * Checks every query parameter against `schema`. Empty values count as not
 * given (an HTML form sends `topic=` for "all topics"); unknown and repeated
 * parameters are refused, so a typo such as `topc=energy` is not ignored.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, search: URLSearchParams): Parsed<z.output<S>> {
  const known = Object.keys(schema.shape);
  const issues: ParamIssue[] = [];
  const input: Record<string, string> = {};
  for (const name of new Set(search.keys())) {
    const values = search.getAll(name);
    if (!known.includes(name)) {
      const allowed = known.length > 0 ? `the parameters ${known.join(", ")}` : "no query parameters";
      issues.push({ parameter: name, allowed, message: `${quoted(name)} is not a parameter of this endpoint; it takes ${allowed}.` });
    } else if (values.length > 1) {
      const allowed = allowedValues[name] ?? "one value";
      issues.push({ parameter: name, allowed, message: `${name}: given ${values.length} times; give it once.` });
    } else {
      const value = (values[0] ?? "").trim();
      if (value !== "") input[name] = value;
    }
  }
  const result = schema.safeParse(input);
  if (!result.success) {
    const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
    for (const name of bad) issues.push(invalidValue(name, input[name] ?? ""));
  }
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, value: result.data };
}
