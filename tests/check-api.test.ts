// POST /api/v1/check's contract, answered by the pure function the route calls,
// and checked against the OpenAPI document.
import { describe, expect, it } from "vitest";
import { answerCheck, checkResultSchema } from "@/lib/check/api";
import { createChecker, maxTextLength } from "@/lib/check/matcher";
import { apiErrorSchema } from "@/lib/api/envelopes";
import { openApiDocument } from "@/lib/api/openapi";
import type { Fact } from "@/lib/dataset/schema";

const fact: Fact = {
  id: "turnout",
  topic: "elections",
  statement: "Turnout was 77.4%.",
  quote: { source: "s", text: "Turnout was 77.4%.", attribution: "narration" },
  figure: { value: 77.4, unit: "percent", qualifier: "exactly", as_of: "2019-06-09" as never, measure: "Turnout" },
  verdict: { rating: "confirmed", summary: "x" },
  evidence: [],
};
fact.figure!.as_of = { kind: "exact", date: "2019-06-09" };
const checker = createChecker([fact], { turnout: { all: [["turnout"]] } });
const post = (body: unknown) => answerCheck(typeof body === "string" ? body : JSON.stringify(body), checker, "9.9.9");
const documented = (status: string) =>
  Object.keys(((openApiDocument({ title: "t", version: "9.9.9", published: "2026", primary_source: "s" }).paths as Record<string, { post: { responses: Record<string, unknown> } }>)["/check"]?.post.responses) ?? {}).includes(status);

describe("POST /api/v1/check", () => {
  it("answers 200 with every sentence, its offsets and its matches", () => {
    const answer = post({ text: "Hello there. Turnout was 77.1%." });
    expect(answer.status).toBe(200);
    const body = checkResultSchema.parse(answer.body);
    expect(body.version).toBe("9.9.9");
    expect(body.sentences.map((s) => [s.text, s.start, s.end, s.matches.map((m) => [m.fact, m.figure.differs])])).toEqual([
      ["Hello there.", 0, 12, []],
      ["Turnout was 77.1%.", 13, 31, [["turnout", true]]],
    ]);
  });
  it.each([
    ["empty text", { text: "  \n" }],
    ["no text field", { words: "x" }],
    ["text not a string", { text: 5 }],
    ["malformed JSON", "{text: "],
    ["a JSON array", "[]"],
  ])("answers 400 with a JSON message for %s", (_name, body) => {
    const answer = post(body);
    expect(answer.status).toBe(400);
    expect(apiErrorSchema.parse(answer.body).message).not.toBe("");
  });
  it("answers 413 over 50,000 characters, and 200 at exactly 50,000", () => {
    expect(post({ text: "a".repeat(maxTextLength + 1) }).status).toBe(413);
    expect(apiErrorSchema.parse(post({ text: "a".repeat(maxTextLength + 1) }).body).error).toBe("too_large");
    expect(post({ text: "a".repeat(maxTextLength) }).status).toBe(200);
  });
  it("documents every status it answers", () => {
    for (const status of ["200", "400", "413"]) expect(documented(status), status).toBe(true);
  });
});
