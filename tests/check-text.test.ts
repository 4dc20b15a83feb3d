import { describe, expect, it } from "vitest";
import { createChecker } from "@/lib/check/matcher";
import { readMatchTerms } from "@/lib/check/match-terms";
import { readFigures, readNumber } from "@/lib/check/numbers";
import { splitSentences } from "@/lib/check/sentences";
import { stemMeets, words } from "@/lib/check/words";
import { readFileSync } from "node:fs";
import type { Fact } from "@/lib/dataset/schema";

describe("splitSentences", () => {
  it("keeps abbreviations, initials, decimals and quotes inside their sentence, with offsets", () => {
    const text = 'Mr. Smith met N. Nazarbayev. He said "Turnout was 77.4%." Then he left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(["Mr. Smith met N. Nazarbayev.", 'He said "Turnout was 77.4%."', "Then he left."]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it("splits Russian text and keeps т.е. and г. inside a sentence", () => {
    const text = "Выборы прошли 9 июня 2019 г. в Казахстане, т.е. досрочно. Явка составила 77,4 %.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Выборы прошли 9 июня 2019 г. в Казахстане, т.е. досрочно.", "Явка составила 77,4 %."]);
  });
});

describe("readFigures", () => {
  const one = (text: string) => readFigures(text).figures[0];
  it("reads percentages in both languages", () => {
    expect(one("won 70.96% of the vote")).toMatchObject({ value: 70.96, unit: "percent", qualifier: "exactly" });
    expect(one("набрал 70,96 % голосов")).toMatchObject({ value: 70.96, unit: "percent" });
  });
  it("reads money with scale words and qualifiers", () => {
    expect(one("imports of over $1.4bn a year")).toMatchObject({ value: 1.4e9, unit: "usd", qualifier: "over" });
    expect(one("около 1,4 млрд долларов")).toMatchObject({ value: 1.4e9, unit: "usd", qualifier: "about" });
  });
  it("reads barrels a day and thousands separators", () => {
    expect(one("about 220,000 b/d of crude")).toMatchObject({ value: 220000, unit: "barrels-per-day", qualifier: "about" });
    expect(one("220 000 баррелей в сутки")).toMatchObject({ value: 220000, unit: "barrels-per-day" });
  });
  it("keeps years and calendar days apart from figures", () => {
    const read = readFigures("On 9 June 2019 seven candidates stood.");
    expect(read.years).toEqual([2019]);
    expect(read.figures.map((f) => f.value)).toEqual([7]);
  });
  it("reads spelled-out numbers, with a scale word", () => {
    expect(one("eleven million eligible voters")).toMatchObject({ raw: "eleven million", value: 11e6, unit: "number" });
    expect(one("Семь кандидатов")).toMatchObject({ value: 7 });
    expect(one("one in every four litres")).toMatchObject({ value: 25, unit: "percent", qualifier: "about" });
  });
  it("reads a comma as the decimal mark unless three digits follow in English", () => {
    expect(readNumber("1,544", false).value).toBe(1544);
    expect(readNumber("1,544", true).value).toBe(1.544);
    expect(readNumber("16,2", false).value).toBe(16.2);
  });
});

const fact = (id: string, statement: string, figure?: Fact["figure"]): Fact => ({
  id,
  topic: "elections",
  statement,
  quote: { source: "s", text: statement, attribution: "narration" },
  figure,
  verdict: { rating: "confirmed", summary: "x" },
  evidence: [],
});
const turnout = fact("turnout", "Turnout was 77.4%.", {
  value: 77.4, unit: "percent", qualifier: "exactly", period: "point-in-time", as_of: { kind: "exact", date: "2019-06-09" }, measure: "Turnout",
});
const visit = fact("visit", "Netanyahu visited Kazakhstan in December 2016.");
visit.event = { date: "2016-12-14" };
const checker = createChecker([turnout, visit], {
  turnout: { all: [["turnout", "явка"]], none: ["region", "область"] },
  visit: { all: [["Netanyahu", "Нетаньяху"], ["visit", "визит"]] },
});
const matched = (text: string) => checker.check(text).map((s) => s.matches.map((m) => m.fact));

describe("createChecker", () => {
  it("matches a sentence that holds the terms and the figure", () => {
    expect(matched("National turnout was 77.4 percent.")).toEqual([["turnout"]]);
    expect(matched("Явка составила 77,4 %.")).toEqual([["turnout"]]);
  });
  it("flags a close but different figure", () => {
    const [sentence] = checker.check("Turnout reached 77.1%.");
    expect(sentence?.matches[0]?.figure).toEqual({ in_text: "77.1%", in_fact: "77.4%, as of 9 June 2019", differs: true });
  });
  it("matches nothing for a region's turnout, a distant figure, shared words alone, or another year", () => {
    expect(matched("Turnout was 77.4% in the Almaty region.")).toEqual([[]]);
    expect(matched("Turnout was 69.44%.")).toEqual([[]]);
    expect(matched("Turnout matters to everyone.")).toEqual([[]]);
    expect(matched("Netanyahu's visit to Kazakhstan in 2023 was cancelled.")).toEqual([[]]);
    expect(matched("Netanyahu's visit to Kazakhstan in 2016 was historic.")).toEqual([["visit"]]);
  });
  it("gives offsets into the submitted text", () => {
    const text = "Intro.  Turnout was 77.4%.";
    const [, second] = checker.check(text);
    expect(text.slice(second?.start, second?.end)).toBe("Turnout was 77.4%.");
  });
});

describe("facts measuring one thing", () => {
  const share = (id: string, value: number, qualifier: "over" | "exactly") =>
    fact(id, "Tokayev won the vote.", { value, unit: "percent", qualifier, period: "point-in-time", as_of: { kind: "exact", date: "2019-06-09" }, measure: "Vote share" });
  const both = createChecker([share("rounded", 70, "over"), share("official", 70.96, "exactly")], {
    rounded: { all: [["Tokayev"], ["vote"]] },
    official: { all: [["Tokayev"], ["vote"]] },
  });
  const only = (text: string) => both.check(text)[0]?.matches.map((m) => [m.fact, m.figure.differs]);
  it("compares a precise figure with the exact fact, and a rounded claim with the rounded one", () => {
    expect(only("Tokayev won 70.13% of the vote.")).toEqual([["official", true]]);
    expect(only("Tokayev won more than 70 percent of the vote.")).toEqual([["rounded", false]]);
    expect(only("Tokayev won 70.96% of the vote.")).toEqual([["official", false]]);
  });
});

describe("stemMeets", () => {
  const meets = (text: string, term: string) => {
    const [w] = words(text);
    const [t] = words(term);
    return stemMeets(w!, { raw: t!.raw.toLowerCase(), stem: t!.stem });
  };
  it("meets inflected forms in both languages, but a short Russian stem not another word sharing it", () => {
    expect(meets("Токаева", "Токаев")).toBe(true);
    expect(meets("elections", "election")).toBe(true);
    expect(meets("визитом", "визит")).toBe(true);
    expect(meets("визы", "визит")).toBe(false);
  });
});

describe("readMatchTerms", () => {
  it("names an unknown fact and a repeated term in the broken fixture", () => {
    const text = readFileSync("tests/fixtures/check/match-terms-broken.yaml", "utf8");
    const { problems } = readMatchTerms(text, new Set(["share"]), "match-terms.yaml");
    expect(problems.map((p) => `${p.id}: ${p.field}: ${p.reason}`)).toEqual([
      "no-such-fact: -: names no fact in data/facts",
      'share: all: the term "Oil" is listed twice',
    ]);
  });
  it("refuses an empty group and a duplicate fact key", () => {
    expect(readMatchTerms("a:\n  all: [[]]\n", new Set(["a"]), "f").problems[0]?.reason).toBe("must list at least one alternative");
    expect(readMatchTerms("a:\n  all: [[x]]\na:\n  all: [[y]]\n", new Set(["a"]), "f").problems[0]?.reason).toMatch(/unique/);
  });
});
