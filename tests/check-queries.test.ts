// The text checker's door to data/: the facts and match-terms.yaml of
// DATA_DIR, refused with every problem listed, else indexed once per process.
// `server-only` throws outside a React server bundle, so it is stubbed (vi.mock
// is hoisted above the imports). The checker is kept once built, so the
// refusal is tested first, on the same folder.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getChecker } from "@/lib/check/queries";

vi.mock("server-only", () => ({}));

const dir = mkdtempSync(path.join(os.tmpdir(), "check-queries-"));
const termsFile = path.join(dir, "match-terms.yaml");

beforeAll(() => {
  cpSync(path.join(__dirname, "fixtures", "valid"), dir, { recursive: true });
  vi.stubEnv("DATA_DIR", dir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true });
});

describe("getChecker", () => {
  it("refuses a match-terms file with problems, naming the file and each problem", () => {
    writeFileSync(termsFile, "oil-share:\n  all: [[fuel]]\nno-such-fact:\n  all: [[oil]]\nreport-oil-share:\n  all: [[report, Report]]\n");
    expect(() => getChecker()).toThrow(
      `${termsFile} has 2 problem(s):\n${termsFile}: no-such-fact: -: names no fact in data/facts\n${termsFile}: report-oil-share: all: the term "Report" is listed twice`,
    );
  });
  it("checks texts against DATA_DIR's facts and terms, with one checker per process", () => {
    writeFileSync(termsFile, "oil-share:\n  all: [[Country A], [fuel]]\nreport-oil-share:\n  all: [[report]]\n");
    const checker = getChecker();
    expect(checker.check("Country A supplies at least 25 percent of Country B's fuel.").map((s) => s.matches.map((m) => [m.fact, m.verdict]))).toEqual([[["oil-share", "confirmed"]]]);
    expect(getChecker()).toBe(checker);
  });
});
