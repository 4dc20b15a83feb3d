// npm run release on a copy of the valid fixture: the first run freezes the
// current version, a later run bumps it, writes the snapshot and opens the
// CHANGELOG entry with what the diff found.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSnapshot } from "@/lib/history/read";

const root = path.join(__dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "kzil-release-"));
const data = path.join(work, "data");
cpSync(path.join(__dirname, "fixtures/valid"), data, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const release = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/release.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: data },
  });
const read = (file: string) => readFileSync(path.join(data, file), "utf8");

// Each run starts tsx: seconds on a busy machine, not a performance target.
describe("npm run release", { timeout: 30_000 }, () => {
  it("freezes the dataset's own version when it has no snapshot yet, without bumping it", () => {
    const result = release("--date", "2026-12-01");
    expect(result.status, result.stderr).toBe(0);
    const snapshot = readSnapshot(path.join(data, "releases/1.0.0.json"));
    expect(snapshot.facts.map((f) => f.id)).toEqual(["oil-share", "report-oil-share"]);
    expect(snapshot.sources.map((s) => [s.id, "text" in s, s.text_sha256.length])).toEqual([
      ["article", false, 64],
      ["report", false, 64],
    ]);
    expect(read("dataset.yaml")).toMatch(/^version: 1\.0\.0$/m);
    expect(read("CHANGELOG.md")).toMatch(/^## 1\.0\.0 — 2020-01-01$/m);
  });

  it("next time bumps the minor version and date, and the CHANGELOG entry counts the changes", () => {
    writeFileSync(path.join(data, "facts/energy.yaml"), read("facts/energy.yaml").replace("The official report gives the same share.", "The official report agrees."));
    const result = release("--date", "2026-12-02");
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(path.join(data, "releases/1.1.0.json"))).toBe(true);
    expect(read("dataset.yaml")).toMatch(/^version: 1\.1\.0$/m);
    expect(read("dataset.yaml")).toMatch(/^published: 2026-12-02$/m);
    const log = read("CHANGELOG.md");
    expect(log.indexOf("## 1.1.0 — 2026-12-02")).toBeLessThan(log.indexOf("## 1.0.0"));
    expect(log).toContain("Changes since 1.0.0 (each with its reason at /changes/1.1.0):\n\n- Verdicts: 1\n");
  });

  it("refuses a version that is not newer than the latest release", () => {
    const result = release("1.0.5");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("release: 1.0.5 is not newer than the latest release, 1.1.0");
  });
});
