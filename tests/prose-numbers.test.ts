// The counts written in running text (home page, about page, README, data/README)
// against the data itself: words and numbers may not disagree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDataset } from "@/lib/dataset/load";
import { countLinks } from "@/lib/display/overview";
import { aboutIntro, homeIntro } from "@/lib/display/prose";

const dataset = loadDataset("data");
const facts = dataset.facts;
const otherSource = (f: (typeof facts)[number]) => f.evidence.some((e) => e.source !== f.quote.source);
const num = (text: string, pattern: RegExp): number[] => {
  const match = pattern.exec(text);
  expect(match, `${pattern} in: ${text}`).not.toBeNull();
  return match!.slice(1).map(Number);
};

describe("the home page's opening", () => {
  const intro = homeIntro(dataset);
  // The verdict tiles beside it, as the overview draws them.
  const tiles = Object.fromEntries(countLinks(facts).verdicts.map(({ key, count }) => [key, count]));

  it("gives the verdict counts the tiles beside it show", () => {
    const [confirmed, qualified, contradicted, unverified] = num(intro, /(\d+) confirmed, (\d+) qualified, (\d+) contradicted and (\d+) unverified/);
    expect({ confirmed, qualified, contradicted, unverified }).toEqual(tiles);
  });

  it("says how many claims come from the article, and how many unverified claims still quote other sources", () => {
    const [fromPrimary, all] = num(intro, /(\d+) of the (\d+) claims come from/);
    expect(all).toBe(facts.length);
    expect(fromPrimary).toBe(facts.filter((f) => f.quote.source === dataset.meta.primary_source).length);
    const unverified = facts.filter((f) => f.verdict.rating === "unverified");
    const [withOthers, of] = num(intro, /(\d+) of those (\d+) still quote other sources/);
    expect([withOthers, of]).toEqual([unverified.filter(otherSource).length, unverified.length]);
    // An unverified claim is one nothing confirms: never "when no other source was found" while most quote one.
    expect(intro).not.toMatch(/no other source was found/);
  });
});

describe("the about page's opening", () => {
  it("counts the facts, the sources and the facts with evidence from another source", () => {
    const text = aboutIntro(dataset);
    expect(num(text, /^(\d+) facts from (\d+) sources/)).toEqual([facts.length, dataset.sources.length]);
    expect(num(text, /(\d+) of the (\d+) facts quote evidence from another source/)).toEqual([facts.filter(otherSource).length, facts.length]);
  });
});

describe.each(["README.md", "data/README.md"])("%s", (file) => {
  it("states no count of the data that the data does not hold", () => {
    const text = readFileSync(file, "utf8");
    const truth: Record<string, number> = {
      fact: facts.length,
      claim: facts.length,
      source: dataset.sources.length,
      panel: dataset.panels.length,
      series: dataset.series.length,
      topic: new Set(facts.map((f) => f.topic)).size,
    };
    for (const [, n, noun] of text.matchAll(/(?<![\d,.])\b(\d+) (facts?|claims?|sources?|panels?|series|topics?)\b(?! (?:per|each|a)\b)/g)) {
      expect(Number(n), `"${n} ${noun}" in ${file}`).toBe(truth[noun!.replace(/s$/, "").replace(/^serie$/, "series")]);
    }
  });
});
