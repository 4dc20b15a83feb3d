// Which facts a sentence asserts: the curated terms (phrases, alternatives,
// groups, "none" words), the figure gates, the fact's period, the choice
// among facts measuring one thing, and the order of a sentence's matches.
import { describe, expect, it } from "vitest";
import { createChecker } from "@/lib/check/matcher";
import type { MatchTerms } from "@/lib/check/match-terms";
import type { AsOf, Fact, Figure } from "@/lib/dataset/schema";

const fact = (id: string, statement: string, figure?: Partial<Figure>): Fact => ({
  id,
  topic: "elections",
  statement,
  quote: { source: "s", text: statement, attribution: "narration" },
  figure: figure ? { value: 0, unit: "percent", qualifier: "exactly", as_of: { kind: "exact", date: "2019-06-09" }, measure: id, ...figure } : undefined,
  verdict: { rating: "confirmed", summary: "x" },
  evidence: [],
});
const checkerOf = (facts: Fact[], terms: MatchTerms) => {
  const checker = createChecker(facts, terms);
  return {
    ids: (text: string) => checker.check(text).map((s) => s.matches.map((m) => m.fact)),
    figure: (text: string) => checker.check(text)[0]?.matches.map((m) => [m.fact, m.figure.in_text, m.figure.differs]),
    check: (text: string) => checker.check(text),
  };
};

// Checkers are built inside each test: built outside one, their mutants would count as tested by none.
describe("curated terms", () => {
  const oil = () =>
    checkerOf([fact("crude", "Crude oil exports."), fact("oil", "Oil exports.")], {
      crude: { all: [["crude oil", "petroleum"]] },
      oil: { all: [["oil", "crude oil"]] },
    }).ids;
  it("finds a phrase only as consecutive words, in order", () => {
    const ids = oil();
    expect(ids("Crude oil exports rose.")).toEqual([["crude", "oil"]]);
    expect(ids("Crude prices rose, then oil.")[0]).not.toContain("crude");
    expect(ids("Oil prices rose on crude.")[0]).not.toContain("crude");
  });
  it("tries the next alternative when the first is not in the sentence", () => {
    const ids = oil();
    expect(ids("Petroleum exports, mostly crude, rose.")).toEqual([["crude"]]);
  });
  it("stops at the first alternative found, even at the sentence's first word", () => {
    const ids = oil();
    expect(ids("Oil exports and crude prices rose.")).toEqual([["oil"]]);
  });
  it("needs one alternative of every group", () => {
    const visit = checkerOf([fact("visit", "Netanyahu visited Kazakhstan.")], { visit: { all: [["Netanyahu"], ["visit"]] } });
    expect(visit.ids("Netanyahu spoke in Astana.")).toEqual([[]]);
    expect(visit.ids("Netanyahu's visit was brief.")).toEqual([["visit"]]);
  });
  it("never matches a fact given no groups of terms", () => {
    expect(checkerOf([fact("empty", "Anything.")], { empty: { all: [] } }).ids("Anything at all.")).toEqual([[]]);
  });
  it("meets longer words that begin with a term's stem", () => {
    const { ids: elections } = checkerOf([fact("election", "An election was held.")], { election: { all: [["elections"]] } });
    expect(elections("The electoral commission met.")).toEqual([["election"]]);
    const { ids: votes } = checkerOf([fact("votes", "Votes were counted.")], { votes: { all: [["votes"]] } });
    expect(votes("Voters came.")).toEqual([["votes"]]);
  });
  it("meets a word that begins with a short term as written, when the term's stem is spelled otherwise", () => {
    const { ids: buy } = checkerOf([fact("buy", "Israel buys Kazakh oil.")], { buy: { all: [["buy"], ["oil"]] } });
    expect(buy("Israeli buyers take Kazakh oil.")).toEqual([["buy"]]);
  });
  it("meets a two-letter term such as ИИ", () => {
    const { ids: ai } = checkerOf([fact("ai", "Israel and Kazakhstan agreed to cooperate on AI.")], { ai: { all: [["AI", "ИИ"], ["Israel", "Израиль"]] } });
    expect(ai("Казахстан и Израиль договорились о сотрудничестве в сфере ИИ.")).toEqual([["ai"]]);
  });
  it("ignores a term of stop words only, in 'all' and in 'none', and uses the group's other alternatives", () => {
    const { ids } = checkerOf([fact("turnout", "Turnout was high.")], { turnout: { all: [["of the", "turnout"]], none: ["it is"] } });
    expect(ids("Turnout was high.")).toEqual([["turnout"]]);
    expect(ids("Of the voters, many came.")).toEqual([[]]);
  });
  it("matches no fact that has no curated terms", () => {
    const { ids } = checkerOf([fact("untermed", "Turnout was high."), fact("turnout", "Turnout was high.")], { turnout: { all: [["turnout"]] } });
    expect(ids("Turnout was high.")).toEqual([["turnout"]]);
  });
  it("answers no match for a sentence of stop words only", () => {
    expect(oil()("It is.")).toEqual([[]]);
  });
});

describe("'none' terms", () => {
  const turnout = () => checkerOf([fact("turnout", "Turnout was 77.4%.", { value: 77.4 })], { turnout: { all: [["turnout"]], none: ["Almaty region", "regional"] } }).ids;
  it("refuses a sentence holding a 'none' term, even as its first word", () => {
    const ids = turnout();
    expect(ids("Regional turnout was 77.4%.")).toEqual([[]]);
  });
  it("needs the whole 'none' phrase, not its first word", () => {
    const ids = turnout();
    expect(ids("Almaty turnout was 77.4%.")).toEqual([["turnout"]]);
  });
});

describe("the fact's period", () => {
  const share = (as_of: AsOf) => checkerOf([fact("share", "Oil was 25% of imports.", { value: 25, as_of })], { share: { all: [["oil"]] } }).ids;
  it("takes only the year of an exact date", () => {
    const ids = share({ kind: "exact", date: "2019-06" });
    expect(ids("In 2019 oil was 25% of imports.")).toEqual([["share"]]);
    expect(ids("In 2018 oil was 25% of imports.")).toEqual([[]]);
    expect(ids("In 2020 oil was 25% of imports.")).toEqual([[]]);
  });
  it("takes an estimated period's years, both ends included", () => {
    const ids = share({ kind: "estimated", from: "2015", to: "2017", basis: "b" });
    expect(ids("In 2015 oil was 25% of imports.")).toEqual([["share"]]);
    expect(ids("In 2017 oil was 25% of imports.")).toEqual([["share"]]);
    expect(ids("In 2014 oil was 25% of imports.")).toEqual([[]]);
    expect(ids("In 2018 oil was 25% of imports.")).toEqual([[]]);
  });
  it("takes every year up to a 'before' date, and none after it", () => {
    const ids = share({ kind: "before", date: "2010", basis: "b" });
    expect(ids("In 1995 oil was 25% of imports.")).toEqual([["share"]]);
    expect(ids("In 2011 oil was 25% of imports.")).toEqual([[]]);
  });
  it("takes every year from an 'after' date, and none before it", () => {
    const ids = share({ kind: "after", date: "2010", basis: "b" });
    expect(ids("In 2030 oil was 25% of imports.")).toEqual([["share"]]);
    expect(ids("In 2005 oil was 25% of imports.")).toEqual([[]]);
  });
  it("takes any year for a figure of unknown date", () => {
    expect(share({ kind: "unknown", basis: "b" })("In 1950 oil was 25% of imports.")).toEqual([["share"]]);
  });
  it("matches when any year the sentence names falls in an event's period", () => {
    const visit = fact("visit", "Netanyahu visited Kazakhstan in December 2016.");
    visit.event = { date: "2016-12-14" };
    const { ids } = checkerOf([visit], { visit: { all: [["Netanyahu"], ["visit"]] } });
    expect(ids("Netanyahu's 2016 visit was the first since 1992.")).toEqual([["visit"]]);
    expect(ids("Netanyahu's visit in 2010 was planned.")).toEqual([[]]);
  });
});

describe("the figure gates", () => {
  it("needs a figure of the same unit", () => {
    const { ids } = checkerOf([fact("candidates", "Seven candidates stood.", { value: 7, unit: "count" })], { candidates: { all: [["candidates"]] } });
    expect(ids("Candidates needed 7% of the vote.")).toEqual([[]]);
    expect(ids("Candidates: 7 stood.")).toEqual([["candidates"]]);
  });
  it("takes a value up to 10% from the fact's, and no further", () => {
    const { figure } = checkerOf([fact("share", "Tokayev won more than 50%.", { value: 50, qualifier: "over" })], { share: { all: [["Tokayev"]] } });
    expect(figure("Tokayev won 55%.")).toEqual([["share", "55%", false]]);
    expect(figure("Tokayev won 56%.")).toEqual([]);
  });
  it("takes a range up to 4% of the fact's value from the fact's, and no further", () => {
    const { figure } = checkerOf([fact("count", "A hundred candidates applied.", { value: 100, unit: "count" })], { count: { all: [["candidates"]] } });
    expect(figure("105 candidates applied.")).toEqual([["count", "105", true]]);
    expect(figure("106 candidates applied.")).toEqual([]);
  });
  it("of several figures, reports the one whose range is nearest the fact's", () => {
    const { figure } = checkerOf([fact("turnout", "Turnout was 77.4%.", { value: 77.4 })], { turnout: { all: [["turnout"]] } });
    expect(figure("Turnout was 77.1%, or by the final count 77.4%.")).toEqual([["turnout", "77.4%", false]]);
  });
  it("of several figures whose ranges meet the fact's, reports the nearest value", () => {
    const { figure } = checkerOf([fact("share", "Tokayev won more than 70%.", { value: 70, qualifier: "over" })], { share: { all: [["Tokayev"]] } });
    expect(figure("Tokayev won 75% of the vote, or 71% by another count.")).toEqual([["share", "71%", false]]);
  });
  it("of figures equally near, reports the one nearest the fact's first group of terms", () => {
    const { figure } = checkerOf([fact("turnout", "Turnout was 77.4%.", { value: 77.4 })], { turnout: { all: [["turnout"], ["vote"]] } });
    expect(figure("Turnout was 77.4%, they say; the vote count gave 77.4 percent.")).toEqual([["turnout", "77.4%", false]]);
    const { figure: second } = checkerOf([fact("turnout", "Turnout was 77.4%.", { value: 77.4 })], { turnout: { all: [["turnout"]] } });
    expect(second("77.4 percent of voters came; turnout was 77.4%.")).toEqual([["turnout", "77.4%", false]]);
    expect(second("Official turnout was 77.4%, or 77.4 percent.")).toEqual([["turnout", "77.4%", false]]);
  });
});

describe("facts measuring one thing", () => {
  it("keeps the fact whose exact value the figure states, a preliminary count measuring what the count does", () => {
    const { ids } = checkerOf(
      [fact("preliminary", "Turnout was 77.4%.", { value: 77.4, measure: "Voter turnout (preliminary)" }), fact("final", "Turnout was 77.5%.", { value: 77.5, measure: "Voter turnout" })],
      { preliminary: { all: [["turnout"]] }, final: { all: [["turnout"]] } },
    );
    expect(ids("Turnout was 77.4%.")).toEqual([["preliminary"]]);
    expect(ids("Turnout was 77.5%.")).toEqual([["final"]]);
  });
  it("keeps the fact whose range is nearest, before the nearest value", () => {
    const { figure } = checkerOf(
      [fact("count", "Turnout was 71%.", { value: 71, measure: "Turnout" }), fact("revised", "Turnout was 72.35%.", { value: 72.35, measure: "Turnout (revised)" })],
      { count: { all: [["turnout"]] }, revised: { all: [["turnout"]] } },
    );
    expect(figure("Turnout was 71.9%.")).toEqual([["count", "71.9%", true]]);
  });
  it("keeps both of two facts stating one figure for one measure", () => {
    const { ids } = checkerOf(
      [fact("official", "Turnout was 77.4%.", { value: 77.4, measure: "Turnout" }), fact("reported", "Turnout was 77.4%.", { value: 77.4, measure: "Turnout" })],
      { official: { all: [["turnout"]] }, reported: { all: [["turnout"]] } },
    );
    expect(ids("Turnout was 77.4%.")[0]?.sort()).toEqual(["official", "reported"]);
  });
  it("keeps facts measuring different things, with or without a figure", () => {
    const visit = fact("visit", "Netanyahu visited Kazakhstan.");
    const { ids } = checkerOf(
      [fact("share", "Tokayev won 70.96%.", { value: 70.96, measure: "Vote share" }), fact("turnout", "Turnout was 77.4%.", { value: 77.4, measure: "Turnout" }), visit],
      { share: { all: [["Tokayev"]] }, turnout: { all: [["turnout"]] }, visit: { all: [["Netanyahu"], ["visit"]] } },
    );
    expect(ids("Tokayev won 70.96% of the vote on a turnout of 77.4%.")[0]?.sort()).toEqual(["share", "turnout"]);
    expect(ids("Tokayev won 70.13% of the vote on a turnout of 77.4%.")[0]?.sort()).toEqual(["share", "turnout"]);
    expect(ids("During Netanyahu's visit, turnout was 77.4%.")[0]?.sort()).toEqual(["turnout", "visit"]);
  });
});

describe("scores", () => {
  it("orders a sentence's matches by how many of its words each fact shares, scores between 0 and 1", () => {
    const { check } = checkerOf(
      [fact("embassy", "Israel opened an embassy in Astana."), fact("relations", "Kazakhstan and Israel established diplomatic relations in 1992.")],
      { embassy: { all: [["embassy"]] }, relations: { all: [["diplomatic relations"]] } },
    );
    const [sentence] = check("Kazakhstan and Israel established diplomatic relations in 1992, and an embassy followed.");
    expect(sentence?.matches.map((m) => m.fact)).toEqual(["relations", "embassy"]);
    for (const m of sentence?.matches ?? []) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThan(1);
    }
  });
  it("scores a fact on its curated terms, so a Russian sentence ranks an English fact", () => {
    const { check } = checkerOf([fact("turnout", "Turnout was high.")], { turnout: { all: [["turnout", "явка"]] } });
    expect(check("Явка была высокой.")[0]?.matches[0]?.score).toBeGreaterThan(0);
  });
  it("scores a fact on its quote's translation", () => {
    const plain = fact("plain", "Turnout was high.");
    const translated = fact("translated", "Turnout was high.");
    translated.quote.translation = "Явка на выборах в Казахстане была высокой.";
    const { check } = checkerOf([plain, translated], { plain: { all: [["turnout", "явка"]] }, translated: { all: [["turnout", "явка"]] } });
    expect(check("Явка на выборах в Казахстане была высокой.")[0]?.matches.map((m) => m.fact)).toEqual(["translated", "plain"]);
  });
  it("scores a fact on its statement as well as its quote", () => {
    const brief = fact("brief", "Relations began.");
    const stated = fact("stated", "Kazakhstan and Israel established diplomatic relations in 1992.");
    stated.quote.text = "Relations began.";
    const { check } = checkerOf([brief, stated], { brief: { all: [["relations"]] }, stated: { all: [["relations"]] } });
    expect(check("Kazakhstan and Israel established diplomatic relations in 1992.")[0]?.matches.map((m) => m.fact)).toEqual(["stated", "brief"]);
  });
});
