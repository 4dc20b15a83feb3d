// POST /api/v1/check's error answers and its length limit, counted in
// characters as a reader counts them (an emoji is one).
import { describe, expect, it } from "vitest";
import { answerCheck, tooLarge } from "@/lib/check/api";
import type { Checker } from "@/lib/check/matcher";

// A checker that finds no facts: these tests are about the request, not the matching.
const checker: Checker = { check: (text) => [{ text, start: 0, end: text.length, matches: [] }] };
const post = (body: string) => answerCheck(body, checker, "1.0.0");
const allowed = 'a JSON body {"text": "..."} with 1 to 50,000 characters';

describe("answerCheck", () => {
  it("names the text parameter and what is allowed in a 400", () => {
    expect(post('{"text": ""}').body).toEqual({
      status: 400,
      error: "invalid_body",
      message: "The text is empty; paste the text to check.",
      issues: [{ parameter: "text", message: "The text is empty; paste the text to check.", allowed }],
    });
  });
  it("says the body is not JSON when it cannot be parsed", () => {
    expect(post("{text: ").body).toMatchObject({ status: 400, message: 'The body is not valid JSON; send {"text": "..."}.' });
  });
  it("says what shape the body must have when it is JSON of another shape", () => {
    expect(post('{"text": 5}').body).toMatchObject({ status: 400, message: 'The body must be a JSON object with one field, "text", holding a string.' });
  });
  it("answers 413 with the limit in its message", () => {
    expect(tooLarge()).toEqual({
      status: 413,
      body: {
        status: 413,
        error: "too_large",
        message: "The text is longer than 50,000 characters; check a shorter part of it.",
        issues: [{ parameter: "text", message: "The text is longer than 50,000 characters; check a shorter part of it.", allowed }],
      },
    });
  });
  it("counts an emoji as one character against the limit", () => {
    expect(post(JSON.stringify({ text: "😀".repeat(50_000) })).status).toBe(200);
    expect(post(JSON.stringify({ text: "😀".repeat(50_001) })).status).toBe(413);
  });
});
