// Words as the text checker compares them, and the rule by which a word of a
// text meets a curated term's word.
import { describe, expect, it } from "vitest";
import { stemMeets, stemWord, words, type Word } from "@/lib/check/words";

const word = (lower: string, stem: string): Word => ({ raw: lower, lower, stem, start: 0, end: lower.length });

describe("stemWord", () => {
  it("drops a possessive 's but not a final s of the word", () => {
    expect(stemWord("Israel's")).toBe(stemWord("Israel"));
    expect(stemWord("Kazakhstan’s")).toBe(stemWord("Kazakhstan"));
    expect(stemWord("votes")).toBe(stemWord("vote"));
  });
  it("reads a name with an apostrophe inside as one word without it", () => {
    expect(stemWord("O'Sullivan")).toBe(stemWord("OSullivan"));
  });
  it("stems in lower case, so capitals do not change a stem", () => {
    expect(stemWord("BUS'S")).toBe(stemWord("bus"));
    expect(stemWord("Выборах")).toBe(stemWord("выборах"));
  });
});

describe("words", () => {
  it("leaves out stop words in both languages and keeps each word's offsets", () => {
    const found = words("The visit of Netanyahu и визит");
    expect(found.map((w) => [w.raw, w.start, w.end])).toEqual([
      ["visit", 4, 9],
      ["Netanyahu", 13, 22],
      ["визит", 25, 30],
    ]);
  });
  it("reads a hyphenated word as its parts", () => {
    expect(words("gas-rich").map((w) => w.lower)).toEqual(["gas", "rich"]);
  });
});

describe("stemMeets", () => {
  it("meets a word with the same stem of four letters or more, however the term is written", () => {
    expect(stemMeets(word("voted", "vote"), { raw: "votes", stem: "vote" })).toBe(true);
  });
  it("meets a word with the same short stem when the term is written as that stem", () => {
    expect(stemMeets(word("sky", "ski"), { raw: "ski", stem: "ski" })).toBe(true);
  });
  it("meets a word with the same short stem only when it begins with the term as written", () => {
    expect(stemMeets(word("газами", "газ"), { raw: "газа", stem: "газ" })).toBe(true);
    expect(stemMeets(word("визы", "виз"), { raw: "визит", stem: "виз" })).toBe(false);
  });
  it("meets a longer word that begins with a stem of four letters or more, in its letters or its stem", () => {
    expect(stemMeets(word("voters", "voter"), { raw: "vote", stem: "vote" })).toBe(true);
    expect(stemMeets(word("generally", "gener"), { raw: "general", stem: "general" })).toBe(true);
    expect(stemMeets(word("cityscape", "citiscap"), { raw: "cities", stem: "citi" })).toBe(true);
  });
  it("does not meet a word that only ends with a long stem", () => {
    expect(stemMeets(word("devote", "devot"), { raw: "vote", stem: "vote" })).toBe(false);
  });
  it("meets a longer word beginning with a short term as written, unless the term is its own stem", () => {
    expect(stemMeets(word("визитом", "визит"), { raw: "визит", stem: "виз" })).toBe(true);
    expect(stemMeets(word("gasoline", "gasolin"), { raw: "gas", stem: "gas" })).toBe(false);
  });
});
