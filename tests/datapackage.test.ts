// The data package: Frictionless' own library opens it as is, casts every row
// and resolves every foreign key; and it says what the CSV files hold.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { Package } from "datapackage";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { downloadBody } from "@/lib/open-data/bodies";
import { downloadFiles, downloadParams, tableFiles } from "@/lib/open-data/downloads";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});
type Descriptor = {
  profile: string;
  name: string;
  title: string;
  description: string;
  created?: string;
  keywords: string[];
  sources: Array<{ title: string; path: string }>;
  version: string;
  licenses: Array<{ name: string; path: string }>;
  resources: Array<{
    profile: string;
    name: string;
    path: string;
    format: string;
    mediatype: string;
    encoding: string;
    bytes: number;
    hash: string;
    schema: {
      fields: Array<{ name: string; type: string; constraints?: Record<string, unknown> }>;
      primaryKey: string | string[];
      foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
    };
  }>;
};

// Built inside each test, as a test would see a change to the builder (and mutation testing needs).
const readDescriptor = (data = dataset) => JSON.parse(downloadBody(data, "datapackage.json")) as Descriptor;

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The package and its CSV files in a fresh folder, as a researcher downloads them. */
function writeDownloads(edit: (file: string, text: string) => string = (_file, text) => text): string {
  const dir = mkdtempSync(path.join(tmpdir(), "datapackage-"));
  folders.push(dir);
  for (const file of downloadFiles) writeFileSync(path.join(dir, file), edit(file, downloadBody(dataset, file)));
  return dir;
}

const rows = (file: string) => parse(downloadBody(dataset, file as (typeof tableFiles)[number]), { columns: true }) as Record<string, string>[];

describe("datapackage.json", () => {
  it("names the version, the licence and a resource for each CSV download", () => {
    const descriptor = readDescriptor();
    expect(descriptor.version).toBe("2.3.4");
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" })]);
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...tableFiles].sort());
  });

  it("each resource's file is served: /data/[file] is built for it", () => {
    const descriptor = readDescriptor();
    expect(existsSync(path.join(__dirname, "..", "app", "data", "[file]", "route.ts"))).toBe(true);
    const served = downloadParams().map((params) => params.file);
    for (const resource of descriptor.resources) expect(served, resource.path).toContain(resource.path);
  });

  it("each table schema lists the CSV's header, and its size and sha256 are the file's", () => {
    const descriptor = readDescriptor();
    for (const resource of descriptor.resources) {
      const csv = downloadBody(dataset, resource.path as (typeof tableFiles)[number]);
      expect(resource.schema.fields.map((f) => f.name)).toEqual((parse(csv, { to_line: 1 }) as string[][])[0]);
      expect(resource.bytes).toBe(Buffer.byteLength(csv));
      expect(resource.hash).toBe(`sha256:${createHash("sha256").update(csv).digest("hex")}`);
    }
  });

  it("has unique primary keys and foreign keys that all resolve", () => {
    const descriptor = readDescriptor();
    for (const resource of descriptor.resources) {
      const data = rows(resource.path);
      const keys = [resource.schema.primaryKey].flat();
      const values = data.map((row) => keys.map((k) => row[k]).join("\u0000"));
      expect(new Set(values).size, resource.name).toBe(data.length);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = descriptor.resources.find((r) => r.name === fk.reference.resource);
        expect(target, fk.reference.resource).toBeDefined();
        // A key may be composite (series.csv's table and row point at one stored table row).
        const key = (row: Record<string, string>, fields: string | string[]) => [fields].flat().map((f) => row[f] ?? "").join("\u0000");
        const known = new Set(rows(target?.path ?? "").map((row) => key(row, fk.reference.fields)));
        for (const row of data) expect(known.has(key(row, fk.fields)), `${resource.name}.${fk.fields}=${key(row, fk.fields)}`).toBe(true);
      }
    }
    // The keys that matter are declared.
    expect(descriptor.resources.find((r) => r.name === "evidence")?.schema.foreignKeys?.map((fk) => fk.fields).sort()).toEqual(["fact_id", "source"]);
  });

  it("describes itself for catalogues: a tabular package of UTF-8 CSV files, its source, date and licence", () => {
    const descriptor = readDescriptor();
    expect(descriptor.profile).toBe("tabular-data-package");
    expect(descriptor.title).toBe("Open-data fixture");
    expect(descriptor.description).toContain("CC BY 4.0");
    expect(descriptor.created).toBe("2021-02-03T00:00:00Z");
    // Catalogues index a package by its keywords: both countries, and no empty one.
    expect(descriptor.keywords).toEqual(expect.arrayContaining(["Kazakhstan", "Israel"]));
    for (const keyword of descriptor.keywords) expect(keyword.trim()).not.toBe("");
    const article = dataset.sources.find((source) => source.id === "article")!;
    expect(descriptor.sources).toEqual([{ title: article.title, path: article.url }]);
    for (const resource of descriptor.resources) {
      expect(resource, resource.name).toMatchObject({ profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8" });
    }
    const facts = descriptor.resources.find((r) => r.name === "facts")!.schema.fields;
    expect(facts.find((f) => f.name === "id")?.constraints).toMatchObject({ required: true, unique: true });
    expect(facts.find((f) => f.name === "topic")?.constraints?.enum).toContain("energy");
    expect(facts.find((f) => f.name === "quote_translation")?.constraints).toBeUndefined();
  });

  it("gives a creation time only for a full publication date", () => {
    expect(readDescriptor({ ...dataset, meta: { ...dataset.meta, published: "2021-02" } }).created).toBeUndefined();
    expect(readDescriptor({ ...dataset, meta: { ...dataset.meta, published: "2021" } }).created).toBeUndefined();
  });

  it("opens in Frictionless' datapackage library, which casts every row and resolves every relation", async () => {
    const dp = await Package.load(path.join(writeDownloads(), "datapackage.json"));
    expect(dp.errors.map((e) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of dp.resources) {
      const read = await resource.read({ keyed: true, relations: true });
      counts[resource.name] = read.length;
    }
    // The recorded series and their table rows come from data/ (lib/recorded-trade/data.ts), not from the fixture.
    expect(counts).toMatchObject({ facts: 6, sources: 3, evidence: 4 });
    expect(counts.series).toBeGreaterThan(0);
    expect(counts.table_rows).toBeGreaterThan(0);
    const facts = await dp.resources.find((r) => r.name === "facts")!.read({ keyed: true });
    expect(facts.find((f) => f.id === "trade-over-1-4-billion")).toMatchObject({ figure_value: 1.4, evidence_count: 1, verdict: "confirmed" });
  });

  it("the library does catch a dangling foreign key (so the check above can fail)", async () => {
    const dir = writeDownloads((file, text) => (file === "evidence.csv" ? text.replace("\r\noil-share,", "\r\nno-such-fact,") : text));
    const dp = await Package.load(path.join(dir, "datapackage.json"));
    const evidence = dp.resources.find((r) => r.name === "evidence")!;
    await expect(evidence.read({ relations: true })).rejects.toThrow(/fact_id/);
  });
});
