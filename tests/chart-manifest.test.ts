// Which data the charts were drawn from, and the refusal of charts drawn from
// other data (lib/charts/manifest.ts), on folders made here.
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chartFile, chartsDir } from "@/lib/charts/files";
import { dataHash, staleChartsReason, writeChartManifest } from "@/lib/charts/manifest";

let work = "";
let data = "";
let charts = "";
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "kzil-manifest-"));
  data = path.join(work, "data");
  charts = path.join(work, "charts");
  cpSync(path.join(__dirname, "fixtures", "valid"), data, { recursive: true });
  mkdirSync(charts);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("the hash of the data folder", () => {
  it("is the same for the same files, and changes with any edit, addition, removal or rename", () => {
    const first = dataHash(data);
    expect(dataHash(data)).toBe(first);
    writeFileSync(path.join(data, "extra.yaml"), "a: 1\n");
    const added = dataHash(data);
    expect(added).not.toBe(first);
    writeFileSync(path.join(data, "extra.yaml"), "a: 2\n");
    const edited = dataHash(data);
    expect(edited).not.toBe(added);
    renameSync(path.join(data, "extra.yaml"), path.join(data, "other.yaml"));
    expect(dataHash(data)).not.toBe(edited);
    rmSync(path.join(data, "other.yaml"));
    expect(dataHash(data)).toBe(first);
  });

  it("tells a file's name from its content, and one file from the next", () => {
    const folder = (files: Record<string, string>) => {
      const dir = mkdtempSync(path.join(work, "case-"));
      for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
      return dataHash(dir);
    };
    // The same bytes in a row, split differently between names and contents.
    expect(folder({ ab: "c" })).not.toBe(folder({ a: "bc" }));
    expect(folder({ a: "x", b: "y" })).not.toBe(folder({ a: "xb\0y" }));
  });

  it("does not depend on where the folder is", () => {
    const copy = path.join(work, "copy");
    cpSync(data, copy, { recursive: true });
    expect(dataHash(copy)).toBe(dataHash(data));
  });
});

describe("charts drawn from other data", () => {
  it("are accepted when drawn from this data", () => {
    writeChartManifest(charts, { version: "1.0.0", dataHash: dataHash(data) });
    expect(staleChartsReason(charts, data, "1.0.0")).toBeNull();
  });

  it("are refused without a manifest, after a new version, or after any edit to data/", () => {
    expect(staleChartsReason(charts, data, "1.0.0")).toMatch(/manifest\.json is missing.*npx tsx scripts\/render-charts\.tsx/);
    writeChartManifest(charts, { version: "1.0.0", dataHash: dataHash(data) });
    expect(staleChartsReason(charts, data, "1.1.0")).toMatch(/drawn for dataset version 1\.0\.0, and the data is version 1\.1\.0/);
    writeFileSync(path.join(data, "panels.yaml"), "[]\n");
    expect(staleChartsReason(charts, data, "1.0.0")).toMatch(/drawn from other data than .* holds now/);
  });
});

describe("where the charts are", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sit beside the build output, .next-charts by default, another dist dir's beside it", () => {
    vi.stubEnv("NEXT_DIST_DIR", undefined);
    expect(chartsDir()).toBe(path.join(process.cwd(), ".next-charts"));
    vi.stubEnv("NEXT_DIST_DIR", "bench/.growth/x10");
    expect(chartsDir()).toBe(path.join(process.cwd(), "bench/.growth/x10-charts"));
    expect(chartsDir("/tmp/build//")).toBe("/tmp/build-charts");
    expect(chartFile("trade", "narrow", "/tmp/build-charts")).toBe("/tmp/build-charts/trade.narrow.svg");
  });
});
