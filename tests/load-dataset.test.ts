// The loader on copies of the valid fixture with one file changed: what it
// reports for files that are missing, empty or of the wrong shape, and how
// loadDataset refuses a dataset with problems.
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fromRaw, loadDataset, loadRawDataset, validateDataset } from "@/lib/dataset/load";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfValid(): { dir: string; rel: (file: string) => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kzil-load-"));
  copies.push(dir);
  cpSync(path.join(__dirname, "fixtures", "valid"), dir, { recursive: true });
  return { dir, rel: (file) => path.relative(process.cwd(), path.join(dir, file)) };
}

describe("loadRawDataset", () => {
  it("names a missing dataset.yaml, and fromRaw refuses to go on without it", () => {
    const { dir, rel } = copyOfValid();
    unlinkSync(path.join(dir, "dataset.yaml"));
    const { raw, problems } = loadRawDataset(dir);
    expect(problems).toEqual([{ file: rel("dataset.yaml"), id: "dataset", field: "-", reason: "file is missing" }]);
    expect(raw.meta).toBeNull();
    expect(raw.metaFile).toBe(rel("dataset.yaml"));
    expect(() => fromRaw(raw)).toThrow("data/dataset.yaml is missing or invalid");
  });

  it("reads a facts file holding only a comment as no facts, and refuses one that is not a list", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "empty.yaml"), "# nothing yet\n");
    expect(loadRawDataset(dir).problems).toEqual([]);
    writeFileSync(path.join(dir, "facts", "empty.yaml"), "id: not-a-list\n");
    expect(loadRawDataset(dir).problems).toEqual([{ file: rel("facts/empty.yaml"), id: "-", field: "-", reason: "must be a YAML list of records" }]);
  });

  it("names a record without an id as such, and a record that is no object at its root", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "odd.yaml"), "- topic: energy\n- just text\n");
    const problems = loadRawDataset(dir).problems;
    expect(problems.filter((p) => p.id === "(no id)").map((p) => p.file)).toContain(rel("facts/odd.yaml"));
    expect(problems.some((p) => p.id === "(no id)" && p.field === "statement")).toBe(true);
    expect(problems.some((p) => p.id === "(no id)" && p.field === "-")).toBe(true);
  });

  it("reads only .yaml files, in name order, and takes no panels or series when their files are missing", () => {
    const { dir } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "notes.txt"), "not data");
    unlinkSync(path.join(dir, "panels.yaml"));
    unlinkSync(path.join(dir, "series.yaml"));
    const { raw, problems } = loadRawDataset(dir);
    expect(problems).toEqual([]);
    expect(raw.panels).toEqual([]);
    expect(raw.series).toEqual([]);
    expect(raw.sources.map((s) => s.record.id)).toEqual(["article", "report"]);
  });

  it("reports an unreadable claims file once, and keeps the ledger out", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "claims.yaml"), "source: [unclosed\n");
    const { raw, problems } = loadRawDataset(dir);
    expect(raw.claims).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: rel("claims.yaml"), id: "-", field: "-" });
    expect(problems[0]!.reason).toMatch(/^cannot read YAML: \S/);
    expect(problems[0]!.reason).not.toContain("\n");
  });
});

describe("loadDataset", () => {
  it("refuses a dataset with problems, listing each as file: id: field: reason", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "empty.yaml"), "id: not-a-list\n");
    unlinkSync(path.join(dir, "panels.yaml"));
    expect(() => loadDataset(dir)).toThrow(`The dataset in ${dir} has 1 problem(s):\n${rel("facts/empty.yaml")}: -: -: must be a YAML list of records`);
  });

  it("gives the plain records of a sound dataset, with its ledger", () => {
    const { dir } = copyOfValid();
    const dataset = loadDataset(dir);
    expect(dataset.meta.title).toBe("Fixture dataset");
    expect(dataset.facts.map((f) => f.id)).toEqual(["oil-share", "report-oil-share"]);
    expect(dataset.panels.map((p) => p.id)).toEqual(["headline"]);
    expect(dataset.series.map((s) => s.id)).toEqual(["oil-share-series"]);
    expect(dataset.claims?.source).toBe("article");
    expect(validateDataset(dir).problems).toEqual([]);
  });
});
