// POST /api/v1/check as a pure function of the request body, so its contract
// is tested without a server. The text is only read: it is never stored,
// logged or echoed in an error.
import { z } from "zod";
import type { ApiError } from "@/lib/api/envelopes";
import { maxTextLength, type Checker } from "@/lib/check/matcher";
import { verdicts } from "@/lib/dataset/vocab";

/** A body larger than this cannot hold 50,000 characters of JSON text (4 bytes each, escapes aside): refused unread. */
export const maxBodyBytes = maxTextLength * 12 + 1024;

export const checkRequestSchema = z.strictObject({
  text: z.string().describe(`The text to check, in English or Russian: 1 to ${maxTextLength.toLocaleString("en")} characters.`),
});

export const checkResultSchema = z.strictObject({
  version: z.string().describe("The version of the dataset the text was checked against."),
  sentences: z.array(
    z.strictObject({
      text: z.string().describe("The sentence as submitted."),
      start: z.number().int().min(0).describe("Offset of its first character in the submitted text (UTF-16 code units)."),
      end: z.number().int().min(0).describe("Offset just past its last character."),
      matches: z
        .array(
          z.strictObject({
            fact: z.string().describe("The id of a fact the sentence asserts (GET /facts/{id})."),
            verdict: z.enum(verdicts),
            score: z.number().min(0).max(1).describe("How strongly the sentence's words rank the fact, for ordering; every match has passed the matching rules."),
            figure: z.strictObject({
              in_text: z.string().nullable().describe("The figure as the sentence writes it; null when the fact has no figure."),
              in_fact: z.string().nullable().describe("The fact's figure with its qualifier and date; null when it has none."),
              differs: z.boolean().describe("True when the two figures cannot both be right."),
            }),
          }),
        )
        .describe("Empty when the sentence asserts nothing the dataset holds."),
    }),
  ),
});

export type CheckResult = z.infer<typeof checkResultSchema>;
export type CheckAnswer = { status: 200; body: CheckResult } | { status: 400 | 413; body: ApiError };

function problem(status: 400 | 413, error: ApiError["error"], message: string, allowed: string): { status: 400 | 413; body: ApiError } {
  return { status, body: { status, error, message, issues: [{ parameter: "text", message, allowed }] } };
}

const allowedText = `a JSON body {"text": "..."} with 1 to ${maxTextLength.toLocaleString("en")} characters`;

export const tooLarge = () => problem(413, "too_large", `The text is longer than ${maxTextLength.toLocaleString("en")} characters; check a shorter part of it.`, allowedText);

/** Characters as a reader counts them (code points), without building an array for a short text. */
function characters(text: string): number {
  if (text.length <= maxTextLength) return text.length;
  return text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);
}

export function answerCheck(body: string, checker: Checker, version: string): CheckAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return problem(400, "invalid_body", 'The body is not valid JSON; send {"text": "..."}.', allowedText);
  }
  const parsed = checkRequestSchema.safeParse(json);
  if (!parsed.success) return problem(400, "invalid_body", 'The body must be a JSON object with one field, "text", holding a string.', allowedText);
  const { text } = parsed.data;
  if (text.trim() === "") return problem(400, "invalid_body", "The text is empty; paste the text to check.", allowedText);
  if (characters(text) > maxTextLength) return tooLarge();
  return { status: 200, body: { version, sentences: checker.check(text) } };
}
