// The downloads of the production build: parsed back, they hold data/; the
// data package opens in Frictionless' library with every relation resolved.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { Package } from "datapackage";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { dataset } from "./dataset";

async function csv(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const text = await response.text();
  return { text, rows: parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[] };
}

test("facts.csv holds every fact of data/, field for field", async ({ request }) => {
  const { rows } = await csv(request, "/data/facts.csv");
  expect(rows.map((r) => r.id)).toEqual(dataset.facts.map((f) => f.id));
  for (const fact of dataset.facts) {
    const row = rows.find((r) => r.id === fact.id)!;
    expect(row.topic).toBe(fact.topic);
    expect(row.statement).toBe(fact.statement);
    expect(row.quote_source).toBe(fact.quote.source);
    expect(row.quote_text).toBe(fact.quote.text);
    expect(row.quote_translation).toBe(fact.quote.translation ?? "");
    expect(row.verdict).toBe(fact.verdict.rating);
    expect(row.verdict_summary).toBe(fact.verdict.summary);
    expect(row.figure_value === "" ? undefined : Number(row.figure_value)).toBe(fact.figure?.value);
    expect(row.figure_qualifier).toBe(fact.figure?.qualifier ?? "");
    expect(row.event_date).toBe(fact.event?.date ?? "");
    expect(Number(row.evidence_count)).toBe(fact.evidence.length);
  }
});

test("sources.csv and evidence.csv hold every source and every piece of evidence", async ({ request }) => {
  const sources = (await csv(request, "/data/sources.csv")).rows;
  expect(sources.map((r) => r.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  for (const source of dataset.sources) {
    expect(sources.find((r) => r.id === source.id)).toMatchObject({ title: source.title, url: source.url, publisher: source.publisher, tier: source.tier });
  }
  const evidence = (await csv(request, "/data/evidence.csv")).rows;
  const expected = dataset.facts.flatMap((f) => f.evidence.map((e, i) => [f.id, String(i + 1), e.source, e.stance, e.quote]));
  expect(evidence.map((r) => [r.fact_id, r.position, r.source, r.stance, r.quote])).toEqual(expected);
});

test("facts.json is the whole dataset with its version", async ({ request }) => {
  const response = await request.get("/data/facts.json");
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = await response.json();
  expect(body.version).toBe(dataset.meta.version);
  expect(body.licence.id).toBe("CC-BY-4.0");
  expect(body.facts).toEqual(dataset.facts);
  expect(body.panels).toEqual(dataset.panels);
  expect(body.sources.map((s: { id: string }) => s.id)).toEqual(dataset.sources.map((s) => s.id));
});

test("datapackage.json opens in Frictionless' library: valid, every row cast, every foreign key resolved", async ({ request }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "datapackage-e2e-"));
  try {
    for (const file of ["datapackage.json", "facts.csv", "sources.csv", "evidence.csv", "series.csv", "table-rows.csv"]) {
      writeFileSync(path.join(dir, file), await (await request.get(`/data/${file}`)).body());
    }
    const dp = await Package.load(path.join(dir, "datapackage.json"));
    expect(dp.errors.map((e) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    const counts: Record<string, number> = {};
    for (const resource of dp.resources) counts[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
    expect(counts).toMatchObject({
      facts: dataset.facts.length,
      sources: dataset.sources.length,
      evidence: dataset.facts.reduce((n, f) => n + f.evidence.length, 0),
    });
    // Every recorded value resolves to its stored table row (e2e/recorded-trade.spec.ts checks the values).
    expect(counts.series).toBeGreaterThan(60);
    expect(counts.table_rows).toBeGreaterThan(counts.series! / 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("each panel has its own CSV with its facts in the panel's order; an unknown panel gets the 404 page", async ({ request, page }) => {
  for (const panel of dataset.panels) {
    const { rows } = await csv(request, `/data/panels/${panel.id}.csv`);
    expect(rows.map((r) => r.id), panel.id).toEqual(panel.facts);
  }
  const response = await page.goto("/data/panels/no-such-panel.csv");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("/data/ serves only the listed downloads: any other name gets the 404 page", async ({ request, page }) => {
  for (const name of ["no-such-file.csv", "facts.xml", "panels", "FACTS.CSV"]) {
    expect((await request.get(`/data/${name}`)).status(), name).toBe(404);
  }
  const response = await page.goto("/data/no-such-file.csv");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("every download carries the dataset version: CSV files in the name they save under", async ({ request }) => {
  const { version } = dataset.meta;
  for (const file of ["facts.csv", "sources.csv", "evidence.csv", `panels/${dataset.panels[0]!.id}.csv`, "facts.json", "datapackage.json"]) {
    const headers = (await request.get(`/data/${file}`)).headers();
    expect(headers["x-dataset-version"], file).toBe(version);
    if (file.endsWith(".csv")) expect(headers["content-disposition"], file).toMatch(new RegExp(`filename="[a-z0-9-]+-v${version.replace(/\./g, "\\.")}\\.csv"`));
  }
});
