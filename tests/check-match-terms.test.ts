// data/match-terms.yaml as check:data reads it: every problem named by file,
// fact id and field.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMatchTerms } from "@/lib/check/match-terms";
import { matchTermsProblems } from "@/lib/check/match-terms-file";

const problems = (text: string, ids = ["a"]) => readMatchTerms(text, new Set(ids), "f.yaml").problems.map((p) => [p.file, p.id, p.field, p.reason]);

describe("readMatchTerms", () => {
  it("reads a valid file with no problems", () => {
    const read = readMatchTerms("a:\n  all: [[oil field, oilfield], [Israel]]\n  none: [gas]\n", new Set(["a"]), "f.yaml");
    expect(read).toEqual({ terms: { a: { all: [["oil field", "oilfield"], ["Israel"]], none: ["gas"] } }, problems: [] });
  });
  it("finds a term repeated with other spacing or capitals, across 'all' and 'none'", () => {
    expect(problems('a:\n  all: [["crude  oil"], [Israel]]\n  none: [crude oil]\n')).toEqual([["f.yaml", "a", "all", 'the term "crude oil" is listed twice']]);
    expect(problems("a:\n  all: [[Oil], [oil]]\n")).toEqual([["f.yaml", "a", "all", 'the term "oil" is listed twice']]);
  });
  it("names unreadable YAML with no fact id or field, and reads no terms", () => {
    const read = readMatchTerms("a: [unclosed\n", new Set(["a"]), "f.yaml");
    expect(read.terms).toEqual({});
    expect(read.problems.map((p) => [p.file, p.id, p.field])).toEqual([["f.yaml", "-", "-"]]);
    expect(read.problems[0]?.reason).not.toMatch(/\n/);
  });
  it("names the fact and the path of the field a schema problem is in", () => {
    expect(problems("a:\n  all: [[x], []]\n")).toEqual([["f.yaml", "a", "all.1", "must list at least one alternative"]]);
    expect(problems("a: 5\n")).toEqual([["f.yaml", "a", "-", expect.any(String)]]);
  });
  it("names neither fact nor field when the whole file has the wrong shape", () => {
    expect(problems("- a\n- b\n")).toEqual([["f.yaml", "-", "-", expect.any(String)]]);
  });
});

describe("matchTermsProblems", () => {
  it("finds no problem when the dataset has no match-terms file", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "match-terms-"));
    try {
      expect(matchTermsProblems(dir, ["a"])).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
  it("reads the dataset's match-terms.yaml and names it relative to the working folder", () => {
    const dir = mkdtempSync(path.join(process.cwd(), ".match-terms-test-"));
    try {
      writeFileSync(path.join(dir, "match-terms.yaml"), "a:\n  all: [[turnout]]\nb:\n  all: [[visit]]\n");
      expect(matchTermsProblems(dir, ["a"])).toEqual([{ file: path.join(path.basename(dir), "match-terms.yaml"), id: "b", field: "-", reason: "names no fact in data/facts" }]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
