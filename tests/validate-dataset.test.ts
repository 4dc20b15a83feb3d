import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "@/lib/dataset/problem";
import { validateDataset } from "@/lib/dataset/load";

const fixture = (name: string) => path.join(__dirname, "fixtures", name);

describe("validateDataset on the valid fixture", () => {
  it("finds no problem and reads every record", () => {
    const { raw, problems } = validateDataset(fixture("valid"));
    expect(problems).toEqual([]);
    expect(raw.sources.map((s) => s.record.id).sort()).toEqual(["article", "report"]);
    expect(raw.facts.map((f) => f.record.id)).toEqual(["oil-share", "report-oil-share"]);
    expect(raw.series.map((s) => s.record.id)).toEqual(["oil-share-series"]);
    expect(raw.claims?.record.passages).toHaveLength(3);
    expect(raw.panels.map((p) => p.record.id)).toEqual(["headline"]);
    expect(raw.sources.find((s) => s.record.id === "article")?.record.text).toContain("upwards of 25 percent");
  });

  it("reads a bare as_of date as an exact one and keeps the other kinds as written", () => {
    const { raw } = validateDataset(fixture("valid"));
    const [exact, estimated] = raw.facts.map((f) => f.record.figure?.as_of);
    expect(exact).toEqual({ kind: "exact", date: "2019-06" });
    expect(estimated).toEqual({ kind: "estimated", from: "2017", to: "2018", basis: "The report covers the two years before it." });
  });
});

// Each broken fixture is the valid one with a single fault; the checker must
// name the file, the record and the field of that fault.
const cases: Array<[fixture: string, expected: Partial<Omit<Problem, "reason">> & { reason: RegExp }]> = [
  ["quote-not-verbatim", { file: "tests/fixtures/broken/quote-not-verbatim/facts/energy.yaml", id: "oil-share", field: "quote.text", reason: /not found verbatim.*"article"/ }],
  ["evidence-not-verbatim", { id: "oil-share", field: "evidence.0.quote", reason: /not found verbatim.*"report"/ }],
  ["figure-not-in-quote", { id: "oil-share", field: "figure.value", reason: /digits of 30/ }],
  ["duplicate-fact-id", { id: "oil-share", field: "id", reason: /duplicate fact id/ }],
  ["unknown-source", { id: "oil-share", field: "quote.source", reason: /unknown source "no-such-source"/ }],
  ["unknown-panel-fact", { file: "tests/fixtures/broken/unknown-panel-fact/panels.yaml", id: "headline", field: "facts.1", reason: /unknown fact "missing-fact"/ }],
  ["invalid-date", { id: "oil-share", field: "figure.as_of.date", reason: /real date/ }],
  ["bad-url", { file: "tests/fixtures/broken/bad-url/sources/report.yaml", id: "report", field: "url", reason: /absolute http/ }],
  ["empty-string", { id: "oil-share", field: "statement", reason: /must not be empty/ }],
  ["unknown-topic", { id: "oil-share", field: "topic", reason: /./ }],
  ["verdict-without-evidence", { id: "oil-share", field: "verdict.rating", reason: /"confirmed" needs/ }],
  ["evidence-from-own-source", { id: "oil-share", field: "evidence.0.source", reason: /other than the fact's own quote/ }],
  ["source-id-mismatch", { id: "official-report", field: "id", reason: /file name "report"/ }],
  ["missing-text", { id: "report", field: "text", reason: /stored text .*report\.txt is missing/ }],
  ["unparsable-yaml", { file: "tests/fixtures/broken/unparsable-yaml/facts/energy.yaml", reason: /cannot read YAML/ }],
];

describe.each(cases)("the %s fixture", (name, expected) => {
  it("is rejected with the file, record, field and reason", () => {
    const { problems } = validateDataset(fixture(`broken/${name}`));
    const { reason, ...where } = expected;
    const match = problems.find((p) => Object.entries(where).every(([k, v]) => p[k as keyof Problem] === v) && reason.test(p.reason));
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match?.file).toMatch(new RegExp(`^tests/fixtures/broken/${name}/`));
  });
});

// The rules of the issue-9 model, and three older rules that had no fixture:
// each fixture has exactly one fault, so the checker must report exactly it.
const F = (name: string, file: string) => `tests/fixtures/broken/${name}/${file}`;
const exact: Array<[fixture: string, file: string, id: string, field: string, reason: string]> = [
  ["translated-title-without-original", "sources/report.yaml", "report", "original_title", 'required when title_kind is "translated": the title exactly as the page shows it'],
  ["original-title-not-translated", "sources/report.yaml", "report", "original_title", 'only allowed when title_kind is "translated"'],
  ["unknown-derived-from", "sources/report.yaml", "report", "derived_from", 'unknown source "no-such-source"'],
  ["speaker-missing", "facts/energy.yaml", "oil-share", "speaker", "required for direct speech: whose words they are"],
  ["speaker-on-narration", "facts/energy.yaml", "oil-share", "speaker", "must be absent for narration: the claim is the publication's own"],
  ["figure-estimate-reversed", "facts/energy.yaml", "oil-share", "figure.as_of.to", "estimate ends (2017) before it starts (2019)"],
  ["unknown-series", "facts/energy.yaml", "oil-share", "figure.series", 'unknown series "no-such-series"'],
  ["series-unit-mismatch", "facts/energy.yaml", "report-oil-share", "figure.unit", 'must equal the unit of series "oil-share-series" (percent)'],
  ["series-measure-mismatch", "facts/energy.yaml", "report-oil-share", "figure.measure", 'must equal the measure of series "oil-share-series" ("Share of Country B\'s oil imports supplied by Country A")'],
  ["series-undated-member", "facts/energy.yaml", "report-oil-share", "figure.as_of", 'a point of series "oil-share-series" needs an exact or estimated date, not "before"'],
  ["series-too-small", "series.yaml", "oil-share-series", "id", "a series needs at least 2 member figures (has 1)"],
  ["duplicate-series-id", "series.yaml", "oil-share-series", "id", `duplicate series id (first used in ${F("duplicate-series-id", "series.yaml")})`],
  ["dependent-evidence-marked-independent", "facts/energy.yaml", "oil-share", "evidence.0.independent", '"report" and "article" derive one from the other or from the same source'],
  ["confirmed-without-independent", "facts/energy.yaml", "oil-share", "verdict.rating", '"confirmed" needs at least one independent evidence quote that confirms'],
  ["figure-not-independently-confirmed", "facts/energy.yaml", "oil-share", "verdict.rating", '"confirmed" needs independent confirming evidence carrying the figure (25, or a more precise value within its qualifier); otherwise the number is "qualified" or "unverified"'],
  ["claims-missing", "claims.yaml", "claims", "-", "file is missing: every passage of the primary source must be accounted for"],
  ["claims-wrong-source", "claims.yaml", "claims", "source", 'must be the dataset\'s primary source "article"'],
  ["passage-not-verbatim", "claims.yaml", "claims", "passages.0.text", 'not found verbatim in the stored text of "article"'],
  ["passage-facts-xor-no-claim", "claims.yaml", "claims", "passages.0", "needs either a non-empty facts list or a no_claim reason, not both"],
  ["passage-unknown-fact", "claims.yaml", "claims", "passages.0.facts.0", 'unknown fact "no-such-fact"'],
  ["passage-fact-other-source", "claims.yaml", "claims", "passages.0.facts.0", 'fact "report-oil-share" does not quote the primary source'],
  ["passage-fact-outside", "claims.yaml", "claims", "passages.0.facts.0", 'the quote of "oil-share" is not within this passage'],
  ["fact-not-in-ledger", "facts/energy.yaml", "oil-share", "quote.source", `quotes the primary source but no passage of ${F("fact-not-in-ledger", "claims.yaml")} lists it`],
  ["text-not-covered", "claims.yaml", "claims", "passages", 'the stored text of "article" is not accounted for from "The talks “went well”."'],
  ["unused-source", "sources/spare.yaml", "spare", "id", "source is not cited by any fact or evidence"],
  ["event-ends-before-start", "facts/energy.yaml", "oil-share", "event.end", "ends (2019-01) before it starts (2019-06)"],
  ["publication-estimate-reversed", "sources/article.yaml", "article", "published.to", "estimate ends (2019-06-10) before it starts (2019-06-14)"],
  ["series-without-money", "panels.yaml", "headline", "view", 'a "series" panel draws a money figure (usd-million or usd-billion), and none of its facts has one'],
  ["timeline-without-event", "panels.yaml", "headline", "view", 'a "timeline" panel draws an event (event.date), and none of its facts has one'],
  ["bar-without-other-source", "panels.yaml", "headline", "view", 'a "bar" panel draws a figure from a source other than the primary article, and none of its facts has one'],
  ["summary-denies-search", "facts/energy.yaml", "report-oil-share", "verdict.summary", 'says no other source was checked, but the fact holds a note of what was searched: "no second source checked."'],
  ["searched-denies-confirming", "facts/energy.yaml", "oil-share", "verdict.searched", 'denies what a confirming source gives: "None gives 25 percent."'],
  ["exact-date-not-shown", "sources/report.yaml", "report", "published.known", 'an exact date must be shown on the page; one taken from the page\'s URL is "estimated", with its basis'],
  ["source-seen-missing", "sources/report.yaml", "report", "seen", "required: how the page was seen (live with the date, or an archived copy with the archive and its date where known)"],
  ["indicator-label-other-measure", "panels.yaml", "headline", "indicators.0.label", 'words the measure differently from fact "oil-share" ("Share of Country B\'s oil imports supplied by Country A"): "gas" not in its measure or quote'],
  ["indicator-not-latest", "panels.yaml", "headline", "indicators.0.fact", '"report-oil-share" is not the latest figure of its measure: "oil-share" describe(s) a later period'],
  ["unverified-without-searched", "facts/energy.yaml", "report-oil-share", "verdict.searched", "required for an unverified fact: what was looked for, and where"],
];

describe.each(exact)("the %s fixture", (name, file, id, field, reason) => {
  it("is rejected with exactly that one problem", () => {
    expect(validateDataset(fixture(`broken/${name}`)).problems).toEqual([{ file: F(name, file), id, field, reason }]);
  });
});

describe("series.yaml", () => {
  it("may be empty or missing: no series is declared, nothing is joined", () => {
    const { raw } = validateDataset(fixture("broken/unknown-series"));
    expect(raw.series).toEqual([]);
    expect(validateDataset(fixture("open-data")).raw.series).toEqual([]);
  });
});
