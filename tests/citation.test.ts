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

// Built inside each test, so that mutation testing sees which test runs which code.
const records: Array<[string, () => CslRecord]> = [
  ["a fact page", () => factPageRecord(fact, context)],
  ["a panel", () => panelRecord(panel, context)],
  ["the dataset", () => datasetRecord(context)],
  ["an original source", () => sourceRecord(source)],
];

describe.each(records)("citations of %s", (_name, build) => {
  it("names the work and its URL in every style", () => {
    const record = build();
    const out = formatAll(record);
    for (const style of ["apa", "mla", "chicago", "harvard"] as const) {
      expect(out[style], style).toContain(record.URL);
      // Title case may change; the words stay.
      expect(out[style].toLowerCase(), style).toContain(record.title.toLowerCase().slice(0, 20));
    }
    expect(new Set([out.apa, out.mla, out.chicago, out.harvard]).size).toBe(4);
  });

  it("gives BibTeX that parses back to the same title, URL, year and authors", () => {
    const record = build();
    const out = formatAll(record);
    const back = new Cite(out.bibtex).data[0] as Record<string, unknown>;
    expect(back.title).toBe(record.title);
    expect(back.URL).toBe(record.URL);
    const year = record.issued!["date-parts"][0]![0];
    // An approximate year is written the way BibTeX styles print it verbatim.
    if (record.issued?.circa) expect(out.bibtex).toContain(`year = {ca. ${year}}`);
    else expect((back.issued as { "date-parts": number[][] })["date-parts"][0]![0]).toBe(year);
    if (record.author && "family" in record.author[0]!) expect(back.author).toEqual(record.author);
  });

  it("gives RIS that parses back to the same title, URL, year and access date", () => {
    const record = build();
    const out = formatAll(record);
    const back = new Cite(out.ris).data[0] as Record<string, unknown>;
    expect(back.title).toBe(record.title);
    expect(back.URL).toBe(record.URL);
    expect((back.issued as { "date-parts": number[][] })["date-parts"][0]![0]).toBe(record.issued!["date-parts"][0]![0]);
    expect(back.accessed).toEqual(record.accessed);
  });

  it("gives CSL-JSON that is the record itself", () => {
    const record = build();
    const out = formatAll(record);
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
    expect(record.issued).toEqual({ "date-parts": [[2019]], circa: true });
    expect(record.author).toEqual([{ given: "Ann", family: "Writer" }]);
  });
});

describe("citations of a source whose title or date is not as published", () => {
  const described: Source = { ...source, id: "slug-title", title: "Report on oil exports to Country B", title_kind: "description" };
  const translated: Source = { ...source, id: "ru-title", title: "Visa-free regime", title_kind: "translated", original_title: "Безвизовый режим", language: "ru" };

  it("cites a described page with the description in square brackets, unquoted, in every style", () => {
    const out = formatAll(sourceRecord(described));
    expect(out.apa).toBe("Writer, A. (ca. 2019). [Report on oil exports to Country B]. Test Gazette. https://news.example.org/why-oil-flows");
    for (const style of ["mla", "chicago", "harvard"] as const) {
      expect(out[style], style).toContain("[Report on oil exports to Country B]");
      expect(out[style], style).not.toContain("“[");
    }
    expect(out.bibtex).toContain("title = {[{Report} on oil exports to {Country} {B}]}");
    expect(out.ris).toContain("TI  - [Report on oil exports to Country B]");
  });

  it("cites a translated title as the original with our translation in brackets", () => {
    const out = formatAll(sourceRecord(translated));
    expect(out.apa).toContain("Безвизовый режим [Visa-free regime]");
    expect(out.mla).toContain("Безвизовый режим [Visa-free regime]");
    expect(out.bibtex).toContain("Безвизовый режим");
    expect(out.ris).toContain("TI  - Безвизовый режим [Visa-free regime]");
  });

  it("cites an estimated date as circa a year or span of years, never a month", () => {
    const spanning: Source = { ...source, published: { kind: "estimated", from: "2016-10", to: "2017-03", label: "Oct. 2016 – Mar. 2017", basis: "-" } };
    const out = formatAll(sourceRecord(spanning));
    expect(out.apa).toContain("(ca. 2016–2017)");
    expect(out.mla).toContain("c. 2016–2017");
    expect(out.chicago).toContain("ca. 2016–2017");
    expect(out.harvard).toContain("(c. 2016–2017)");
    expect(out.bibtex).toContain("year = {ca. 2016--2017}");
    for (const style of ["apa", "mla", "chicago", "harvard", "bibtex"] as const) expect(out[style], style).not.toMatch(/\bOct/);
  });

  it("cites an unknown date as no date", () => {
    const out = formatAll(sourceRecord({ ...source, published: { kind: "unknown" } }));
    expect(out.apa).toContain("(n.d.)");
    expect(out.harvard).toContain("(no date)");
    expect(out.bibtex).not.toContain("year");
  });
});

describe("citations of a fact page and a panel", () => {
  const withFigure: Fact = {
    ...fact,
    figure: { value: 25, unit: "percent", qualifier: "at-least", measure: "Share of oil imports", as_of: { kind: "before", date: "2019", basis: "-" } },
  };

  it("keep the figure's qualifier, date and verdict in every style", () => {
    const out = formatAll(factPageRecord(withFigure, context));
    for (const style of ["apa", "mla", "chicago", "harvard", "ris"] as const) {
      // MLA and Chicago title-case the title; the words stay.
      expect(out[style].toLowerCase(), style).toContain("at least 25% (share of oil imports, undated, before 2019); verdict: qualified");
    }
    // In BibTeX "%" starts a comment, so it is escaped; read back, the title is whole.
    expect(out.bibtex).toContain("at least 25\\%");
    expect((new Cite(out.bibtex).data[0] as { title: string }).title).toContain("at least 25% (Share of oil imports, undated, before 2019); verdict: Qualified");
  });

  it("carry the panel's note and each figure's caveats in the note of BibTeX and RIS", () => {
    const record = panelRecord({ ...panel, note: "Shares of different totals." }, context, [withFigure]);
    expect(record.note).toBe(
      "Shares of different totals. Country A supplies at least a quarter of Country B's oil imports: at least 25% (Share of oil imports, undated, before 2019); verdict: Qualified",
    );
    expect(formatAll(record).ris).toContain("undated, before 2019");
  });
});

describe("a source cited on many pages", () => {
  it("is formatted once, and a source that differs in any field gets citations of its own", () => {
    const cited = formatAll(sourceRecord(source));
    expect(formatAll(sourceRecord({ ...source }))).toBe(cited);
    const corrected = formatAll(sourceRecord({ ...source, title: "Why gas flows" }));
    expect(corrected.apa).toContain("Why gas flows");
    expect(cited.apa).toContain("Why oil flows");
    expect(cited.apa).not.toContain("gas");
  });

  it("shares citations no page can alter for the next", () => {
    const cited = formatAll(sourceRecord(source));
    expect(() => Object.assign(cited, { apa: "altered" })).toThrow(TypeError);
    expect(formatAll(sourceRecord(source)).apa).toContain("Why oil flows");
  });
});
