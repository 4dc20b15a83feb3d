import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { formatAll } from "@/lib/citation/format";
import { datasetRecord, factPageRecord, panelRecord, sourceRecord, type CslRecord } from "@/lib/citation/records";
import type { DatasetMeta, Fact, Panel, Source } from "@/lib/dataset/schema";

const meta: DatasetMeta = { title: "Test relations dataset", version: "2.3.4", published: "2026-11-20", primary_source: "article" };
const context = { meta, siteUrl: "https://example.org", accessed: "2026-11-28" };
const fact: Fact = {
  id: "oil-share",
  topic: "energy",
  statement: "Country A supplies at least a quarter of Country B's oil imports.",
  quote: { source: "article", text: "-", attribution: "narration" },
  verdict: { rating: "qualified", summary: "-" },
  evidence: [],
};
const panel: Panel = { id: "oil", title: "Oil in the imports of Country B", description: "-", view: "share", facts: ["oil-share"] };
const source: Source = {
  id: "article",
  title: "Why oil flows",
  title_kind: "as-published",
  authors: ["Ann Writer"],
  publisher: "Test Gazette",
  url: "https://news.example.org/why-oil-flows",
  published: { kind: "estimated", from: "2019-06-10", to: "2019-06-14", label: "2019-06, estimated 10–14 June", basis: "-" },
  accessed: "2026-11-28",
  language: "en",
  tier: "primary",
};

const records: Array<[string, CslRecord]> = [
  ["a fact page", factPageRecord(fact, context)],
  ["a panel", panelRecord(panel, context)],
  ["the dataset", datasetRecord(context)],
  ["an original source", sourceRecord(source)],
];

describe.each(records)("citations of %s", (_name, record) => {
  const out = formatAll(record);

  it("names the work and its URL in every style", () => {
    for (const style of ["apa", "mla", "chicago", "harvard"] as const) {
      expect(out[style], style).toContain(record.URL);
      // Title case may change; the words stay.
      expect(out[style].toLowerCase(), style).toContain(record.title.toLowerCase().slice(0, 20));
    }
    expect(new Set([out.apa, out.mla, out.chicago, out.harvard]).size).toBe(4);
  });

  it("gives BibTeX that parses back to the same title, URL, year and authors", () => {
    const back = new Cite(out.bibtex).data[0] as Record<string, unknown>;
    expect(back.title).toBe(record.title);
    expect(back.URL).toBe(record.URL);
    expect((back.issued as { "date-parts": number[][] })["date-parts"][0]![0]).toBe(record.issued!["date-parts"][0]![0]);
    if (record.author && "family" in record.author[0]!) expect(back.author).toEqual(record.author);
  });

  it("gives RIS that parses back to the same title, URL, year and access date", () => {
    const back = new Cite(out.ris).data[0] as Record<string, unknown>;
    expect(back.title).toBe(record.title);
    expect(back.URL).toBe(record.URL);
    expect((back.issued as { "date-parts": number[][] })["date-parts"][0]![0]).toBe(record.issued!["date-parts"][0]![0]);
    expect(back.accessed).toEqual(record.accessed);
  });

  it("gives CSL-JSON that is the record itself", () => {
    expect(JSON.parse(out["csl-json"])).toEqual([record]);
  });
});

describe("citation records", () => {
  it("carry the dataset version and the access date passed in", () => {
    const out = formatAll(factPageRecord(fact, context));
    expect(out.apa).toContain("2.3.4");
    expect(out.harvard).toMatch(/Accessed: .*2026/);
    expect(factPageRecord(fact, { ...context, accessed: "2027-01-05" }).accessed).toEqual({ "date-parts": [[2027, 1, 5]] });
  });

  it("mark an estimated publication date as approximate", () => {
    const record = sourceRecord(source);
    expect(record.issued).toEqual({ "date-parts": [[2019, 6]], circa: true });
    expect(record.author).toEqual([{ given: "Ann", family: "Writer" }]);
  });
});
