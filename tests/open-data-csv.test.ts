// The CSV downloads, parsed back with a strict RFC 4180 parser, give the data
// back: every record, every field, in the documented column order.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { evidenceCsv, factsCsv, panelCsv, sourcesCsv, toCsv } from "@/lib/open-data/csv";
import { evidenceColumns, factColumns, sourceColumns } from "@/lib/open-data/tables";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});

function records(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: "\r\n" }) as Record<string, string>[];
}

const header = (csv: string) => (parse(csv, { to_line: 1 }) as string[][])[0];

describe("facts.csv", () => {
  it("has one row per fact, with the documented columns in order", () => {
    const csv = factsCsv(dataset);
    expect(header(csv)).toEqual([
      "id", "topic", "statement", "quote_source", "quote_text", "quote_translation", "speaker_name", "speaker_role",
      "figure_value", "figure_unit", "figure_qualifier", "figure_period", "figure_as_of", "figure_measure",
      "event_date", "event_end", "verdict", "verdict_summary", "evidence_count",
      "figure_as_of_kind", "figure_as_of_from", "figure_as_of_to", "figure_as_of_basis", "quote_attribution", "figure_projection", "figure_series",
    ]);
    expect(records(csv).map((r) => r.id)).toEqual(dataset.facts.map((f) => f.id));
  });

  it("gives back each field of a fact with a figure, empty where there is no value", () => {
    const csv = factsCsv(dataset);
    expect(records(csv).find((r) => r.id === "oil-share")).toEqual({
      id: "oil-share",
      topic: "energy",
      statement: "Country A supplies at least a quarter of Country B's fuel.",
      quote_source: "article",
      quote_text: "It supplies upwards of 25 percent of Country B’s fuel",
      quote_translation: "",
      speaker_name: "",
      speaker_role: "",
      figure_value: "25",
      figure_unit: "percent",
      figure_qualifier: "at-least",
      figure_period: "point-in-time",
      figure_as_of: "undated, before 2019",
      figure_measure: "Share of Country B's fuel imports",
      event_date: "",
      event_end: "",
      verdict: "qualified",
      verdict_summary: "The report gives the same share, but of oil imports only.",
      evidence_count: "1",
      figure_as_of_kind: "before",
      figure_as_of_from: "",
      figure_as_of_to: "2019",
      figure_as_of_basis: "The figure traces to an undated report from before 2019.",
      quote_attribution: "narration",
      figure_projection: "false",
      figure_series: "",
    });
  });

  it("keeps an exact figure date as the date itself, and names reported speech", () => {
    const rows = records(factsCsv(dataset));
    expect(rows.find((r) => r.id === "trade-over-1-4-billion")).toMatchObject({
      figure_as_of: "2019-06",
      figure_as_of_kind: "exact",
      figure_as_of_from: "2019-06",
      figure_as_of_to: "2019-06",
      figure_as_of_basis: "",
    });
    expect(rows.find((r) => r.id === "relations-frozen")).toMatchObject({ quote_attribution: "reported", speaker_name: "The minister", figure_as_of_kind: "" });
  });

  it("keeps commas, double quotes, decimals, Cyrillic and speakers intact", () => {
    const csv = factsCsv(dataset);
    const rows = records(csv);
    expect(rows.find((r) => r.id === "oil-gas-grain")?.quote_text).toBe("Country A sells oil, gas and grain.");
    expect(rows.find((r) => r.id === "relations-frozen")?.statement).toBe('A minister called relations "frozen, not strategic".');
    expect(rows.find((r) => r.id === "trade-over-1-4-billion")?.figure_value).toBe("1.4");
    expect(rows.find((r) => r.id === "visa-free-30-days")).toMatchObject({
      quote_text: "Граждане страны B могут находиться без визы до 30 дней.",
      quote_translation: "Citizens of country B may stay without a visa for up to 30 days.",
      figure_period: "",
    });
    expect(rows.find((r) => r.id === "embassy-opened-1992")).toMatchObject({
      speaker_name: "The ambassador",
      speaker_role: "Ambassador of Country B",
      event_date: "1992-08",
      figure_value: "",
      evidence_count: "0",
    });
  });

  it("ends every line with CRLF and quotes a field only when it must", () => {
    const csv = factsCsv(dataset);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(csv).toContain('"A minister called relations ""frozen, not strategic""."');
    expect(csv).toContain("\r\noil-share,energy,");
  });
});

describe("sources.csv and evidence.csv", () => {
  it("give back every source, with authors joined and the publication date split by kind", () => {
    const rows = records(sourcesCsv(dataset));
    expect(header(sourcesCsv(dataset))).toEqual(sourceColumns.map((c) => c.name));
    expect(rows.map((r) => r.id).sort()).toEqual(["article", "ministry", "report"]);
    expect(rows.find((r) => r.id === "article")).toMatchObject({
      title: 'A test article about oil, trade and "visas"',
      authors: "Ann Writer; Bob Penn",
      published_kind: "estimated",
      published_date: "",
      published_from: "2019-06-10",
      published_to: "2019-06-14",
      published_label: "2019-06, estimated 10–14 June",
      published_basis: "Not printed on the page.",
      tier: "primary",
    });
    expect(rows.find((r) => r.id === "report")).toMatchObject({ authors: "", published_kind: "exact", published_date: "2019-05", note: "Figures for calendar years." });
    expect(rows.find((r) => r.id === "report")).toMatchObject({ title: "Official report on trade and energy", title_kind: "description", original_title: "" });
    expect(rows.find((r) => r.id === "ministry")).toMatchObject({ title: "Visa-free regime", title_kind: "translated", original_title: "Безвизовый режим" });
    expect(rows.find((r) => r.id === "ministry")).toMatchObject({ publisher: "Министерство тестов", language: "ru", published_kind: "unknown" });
  });

  it("give one evidence row per piece of evidence, numbered within its fact", () => {
    const csv = evidenceCsv(dataset);
    expect(header(csv)).toEqual(["fact_id", "position", "source", "stance", "quote", "translation", "note", "independent"]);
    const rows = records(csv);
    expect(rows).toHaveLength(dataset.facts.reduce((n, f) => n + f.evidence.length, 0));
    expect(rows.find((r) => r.fact_id === "visa-free-30-days")).toEqual({
      fact_id: "visa-free-30-days",
      position: "1",
      source: "article",
      stance: "context",
      quote: 'Visitors no longer need a visa, and the rules are "simple, fast" for tourists.',
      translation: "",
      note: 'Visa-free travel, in the article\'s words: "simple, fast".',
      independent: "true",
    });
  });
});

describe("toCsv", () => {
  it("quotes line breaks of any kind, so a multi-line field stays one record", () => {
    const columns = [{ name: "text", type: "string" as const, description: "-", value: (row: string) => row }];
    const values = ["one\ntwo", "three\r\nfour", "five\rsix", "=1+1", " padded "];
    const csv = toCsv(columns, values);
    expect(records(csv).map((r) => r.text)).toEqual(values);
    // Many readers end a record at any line break outside quotes; they must read the same.
    const lenient = parse(csv, { columns: true, record_delimiter: ["\r\n", "\n", "\r"] }) as Record<string, string>[];
    expect(lenient.map((r) => r.text)).toEqual(values);
  });
});

describe("a panel's CSV", () => {
  it("holds the panel's facts, in the panel's order, with the columns of facts.csv and the panel's note", () => {
    const panel = dataset.panels.find((p) => p.id === "diplomacy-list")!;
    const csv = panelCsv(dataset, panel);
    expect(header(csv)).toEqual([...header(factsCsv(dataset))!, "panel_note"]);
    expect(records(csv).map((r) => r.id)).toEqual(["relations-frozen", "embassy-opened-1992"]);
  });

  it("gives each figure its qualifier, its date as the data holds it, its verdict and the panel's note on every row", () => {
    const panel = dataset.panels.find((p) => p.id === "headline")!;
    const rows = records(panelCsv({ ...dataset, panels: [] }, { ...panel, note: "Shares of different totals." }));
    expect(rows.find((r) => r.id === "oil-share")).toMatchObject({
      figure_qualifier: "at-least",
      figure_as_of: "undated, before 2019",
      verdict: "qualified",
      panel_note: "Shares of different totals.",
    });
  });
});

describe("the README", () => {
  it("documents each CSV's columns in the order the files have them", () => {
    const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
    for (const [file, columns] of [["facts.csv", factColumns], ["sources.csv", sourceColumns], ["evidence.csv", evidenceColumns]] as const) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`/data/${file}\``));
      expect(row, file).toBeDefined();
      const lastCell = row?.split("|").at(-2) ?? "";
      expect([...lastCell.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]), file).toEqual(columns.map((c) => c.name));
    }
  });
});
