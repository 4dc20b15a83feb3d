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
    expect(raw.facts.map((f) => f.record.id)).toEqual(["oil-share"]);
    expect(raw.panels.map((p) => p.record.id)).toEqual(["headline"]);
    expect(raw.sources.find((s) => s.record.id === "article")?.record.text).toContain("upwards of 25 percent");
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
  ["invalid-date", { id: "oil-share", field: "figure.as_of", reason: /real date/ }],
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
