// loadRawDataset (lib/dataset/load.ts) on copies of the valid fixture with one
// file changed: the record names it reports problems under, unreadable YAML
// named with its file and position, and folders that are missing.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dataDir, fromRaw, loadRawDataset } from "@/lib/dataset/load";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

function copyOfValid(): { dir: string; rel: (file: string) => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "kzil-load-edges-"));
  copies.push(dir);
  cpSync(path.join(__dirname, "fixtures", "valid"), dir, { recursive: true });
  return { dir, rel: (file) => path.relative(process.cwd(), path.join(dir, file)) };
}

describe("unreadable YAML", () => {
  it("is reported once, by the parser's first line, which names the file and the line and column", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "broken.yaml"), "- id: [unclosed\n");
    const { raw, problems } = loadRawDataset(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: rel("facts/broken.yaml"), id: "-", field: "-" });
    expect(problems[0]!.reason).toMatch(/^cannot read YAML: \S.* in ".*broken\.yaml" \(\d+:\d+\)$/);
    expect(raw.facts.map((f) => f.record.id)).toEqual(["oil-share", "report-oil-share"]);
  });
});

describe("the record a problem is reported under", () => {
  it("is the record's id only when it is text; null, numbers and numeric ids are (no id)", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "facts", "odd.yaml"), "- ~\n- 5\n- {id: 7}\n- {id: named}\n");
    const problems = loadRawDataset(dir).problems.filter((p) => p.file === rel("facts/odd.yaml"));
    const ids = [...new Set(problems.map((p) => p.id))];
    expect(ids).toEqual(["(no id)", "named"]);
    // null and 5 fail as a whole (no field); {id: 7} fails at its fields.
    expect(problems.filter((p) => p.field === "-")).toHaveLength(2);
    expect(problems.some((p) => p.id === "(no id)" && p.field === "id")).toBe(true);
  });

  it("is 'dataset' for dataset.yaml and 'claims' for the claim ledger", () => {
    const { dir, rel } = copyOfValid();
    writeFileSync(path.join(dir, "dataset.yaml"), "id: not-the-meta\ntitle: 5\n");
    writeFileSync(path.join(dir, "claims.yaml"), "id: not-the-ledger\nsource: 5\n");
    const { raw, problems } = loadRawDataset(dir);
    expect(raw.meta).toBeNull();
    expect(raw.claims).toBeNull();
    const byFile = (file: string) => [...new Set(problems.filter((p) => p.file === rel(file)).map((p) => p.id))];
    expect(byFile("dataset.yaml")).toEqual(["dataset"]);
    expect(byFile("claims.yaml")).toEqual(["claims"]);
  });
});

describe("folders and files that are missing", () => {
  it("a missing facts/ folder is no facts, and a missing claims.yaml is a problem and no ledger", () => {
    const { dir, rel } = copyOfValid();
    rmSync(path.join(dir, "facts"), { recursive: true });
    rmSync(path.join(dir, "claims.yaml"));
    const { raw, problems } = loadRawDataset(dir);
    expect(raw.facts).toEqual([]);
    expect(problems).toEqual([
      { file: rel("claims.yaml"), id: "claims", field: "-", reason: "file is missing: every passage of the primary source must be accounted for" },
    ]);
    expect(fromRaw(raw).claims).toBeNull();
  });

  it("a source without its stored text is reported and left out", () => {
    const { dir, rel } = copyOfValid();
    rmSync(path.join(dir, "sources", "report.txt"));
    const { raw, problems } = loadRawDataset(dir);
    expect(problems).toEqual([{ file: rel("sources/report.yaml"), id: "report", field: "text", reason: `stored text ${rel("sources/report.txt")} is missing` }]);
    expect(raw.sources.map((s) => s.record.id)).toEqual(["article"]);
  });
});

describe("facts files", () => {
  it("are read in name order, whatever order the folder lists them in", () => {
    const { dir } = copyOfValid();
    const names = ["m", "c", "x", "a", "q", "f"];
    for (const name of names) writeFileSync(path.join(dir, "facts", `${name}.yaml`), `# ${name}\n`);
    rmSync(path.join(dir, "facts", "energy.yaml"));
    writeFileSync(path.join(dir, "facts", "k.yaml"), "- {id: k-fact}\n");
    writeFileSync(path.join(dir, "facts", "b.yaml"), "- {id: b-fact}\n");
    writeFileSync(path.join(dir, "facts", "z.yaml"), "- {id: z-fact}\n");
    writeFileSync(path.join(dir, "facts", "d.yaml"), "- {id: d-fact}\n");
    const order = [...new Set(loadRawDataset(dir).problems.filter((p) => p.file.includes("facts")).map((p) => p.id))];
    expect(order).toEqual(["b-fact", "d-fact", "k-fact", "z-fact"]);
  });
});

describe("dataDir", () => {
  it("is data/ under the working directory, or DATA_DIR when it is set", () => {
    vi.stubEnv("DATA_DIR", undefined);
    expect(dataDir()).toBe(path.join(process.cwd(), "data"));
    vi.stubEnv("DATA_DIR", "/srv/generated");
    expect(dataDir()).toBe("/srv/generated");
  });
});
