// Sentences of a submitted text with their offsets: Intl.Segmenter's breaks,
// mended after abbreviations and initials, never across a paragraph break.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/check/sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps a dotted abbreviation such as U.S. inside its sentence", () => {
    expect(texts("She met the U.S. Ambassador. He smiled.")).toEqual(["She met the U.S. Ambassador.", "He smiled."]);
  });
  it("keeps an abbreviation inside its sentence when two spaces follow it", () => {
    expect(texts("We met Mr.  Smith today. He smiled.")).toEqual(["We met Mr.  Smith today.", "He smiled."]);
  });
  it("ends a sentence after a word of capitals that is not a single initial", () => {
    expect(texts("He flew to Washington DC. Then he left.")).toEqual(["He flew to Washington DC.", "Then he left."]);
  });
  it("keeps a paragraph break a break after an abbreviation", () => {
    expect(texts("See Dr.\nSmith is here.")).toEqual(["See Dr.", "Smith is here."]);
  });
  it("keeps a last sentence that ends in an abbreviation", () => {
    const text = "Hello. The firm is Smith Co.";
    expect(splitSentences(text)).toEqual([
      { text: "Hello.", start: 0, end: 6 },
      { text: "The firm is Smith Co.", start: 7, end: 28 },
    ]);
  });
  it("drops blank pieces and gives offsets past leading white space", () => {
    expect(splitSentences("\n\n  Hello.")).toEqual([{ text: "Hello.", start: 4, end: 10 }]);
    expect(splitSentences("A b.\n  C d.")).toEqual([
      { text: "A b.", start: 0, end: 4 },
      { text: "C d.", start: 7, end: 11 },
    ]);
  });
  it("answers nothing for a blank text", () => {
    expect(splitSentences(" \n ")).toEqual([]);
  });
});
