// The CSL-JSON records behind every citation, and the repairs made to
// citation-js output, field by field: expectations written by hand from the
// inputs below and from what each citation format requires.
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { citable } from "@/lib/citation/citable";
import { formatCitation } from "@/lib/citation/format";
import { citationStyles } from "@/lib/citation/styles";
import { cslDate, datasetRecord, estimatedIssued, factPageRecord, panelRecord, personName, sourceRecord } from "@/lib/citation/records";
import type { DatasetMeta, Fact, Panel, Source } from "@/lib/dataset/schema";

const meta: DatasetMeta = { title: "Test relations dataset", version: "2.3.4", published: "2026-11-20", primary_source: "article" };
const context = { meta, siteUrl: "https://example.org", accessed: "2026-11-28" };
const dashboard = [{ literal: "Kazakhstan–Israel Relations Dashboard" }];
const fact: Fact = {
  id: "oil-share",
  topic: "energy",
  statement: "Country A supplies oil.",
  quote: { source: "article", text: "-", attribution: "narration" },
  verdict: { rating: "qualified", summary: "-" },
  evidence: [],
};
const source: Source = {
  id: "gov-report",
  title: "Why oil flows",
  title_kind: "as-published",
  authors: [],
  publisher: "Ministry of Tests",
  url: "https://gov.example.org/why-oil-flows",
  published: { kind: "exact", date: "2019-05" },
  accessed: "2026-11-28",
  seen: { how: "live", date: "2026-11-28" },
  language: "en",
  tier: "official",
};

describe("cslDate and estimatedIssued", () => {
  it("keep exactly the parts of a date the data holds", () => {
    expect(cslDate("2019")).toEqual({ "date-parts": [[2019]] });
    expect(cslDate("2019-06")).toEqual({ "date-parts": [[2019, 6]] });
    expect(cslDate("2019-06-12")).toEqual({ "date-parts": [[2019, 6, 12]] });
    expect(cslDate("June 2019")).toBeUndefined();
  });

  it("turn an estimate into circa years: one year, or a span", () => {
    expect(estimatedIssued("2019-06-10", "2019-06-14")).toEqual({ "date-parts": [[2019]], circa: true });
    expect(estimatedIssued("2016-10", "2017-03")).toEqual({ "date-parts": [[2016], [2017]], circa: true });
    expect(estimatedIssued("2016", "soon")).toBeUndefined();
    expect(estimatedIssued("once", "2017")).toBeUndefined();
  });
});

describe("personName", () => {
  it("takes the last word as the family name, the rest as given names", () => {
    expect(personName("Joe Millis")).toEqual({ family: "Millis", given: "Joe" });
    expect(personName("  Mary Ann   Evans ")).toEqual({ family: "Evans", given: "Mary Ann" });
    expect(personName("Madonna")).toEqual({ family: "Madonna" });
  });
});

describe("datasetRecord", () => {
  it("cites the dataset at its version, by the dashboard, at the site's root", () => {
    expect(datasetRecord(context)).toEqual({
      id: "dataset",
      "citation-key": "kzilDataset234",
      type: "dataset",
      title: "Test relations dataset",
      author: dashboard,
      publisher: "Kazakhstan–Israel Relations Dashboard",
      version: "2.3.4",
      issued: { "date-parts": [[2026, 11, 20]] },
      accessed: { "date-parts": [[2026, 11, 28]] },
      URL: "https://example.org/",
    });
  });
});

describe("factPageRecord and panelRecord", () => {
  it("cite a fact's page as a web page inside the versioned dataset", () => {
    expect(factPageRecord(fact, context)).toEqual({
      id: "fact-oil-share",
      "citation-key": "kzilOilShare",
      type: "webpage",
      title: "Country A supplies oil. [verdict: Qualified]",
      author: dashboard,
      "container-title": "Test relations dataset, version 2.3.4",
      publisher: "Kazakhstan–Israel Relations Dashboard",
      issued: { "date-parts": [[2026, 11, 20]] },
      accessed: { "date-parts": [[2026, 11, 28]] },
      URL: "https://example.org/facts/oil-share",
    });
  });

  it("cite a panel with a key of its own, and no note when it has neither a note nor facts", () => {
    const panel: Panel = { id: "oil", title: "Oil", description: "-", view: "list", facts: ["oil-share"] };
    const record = panelRecord(panel, context);
    expect(record).toMatchObject({ id: "panel-oil", "citation-key": "kzilPanelOil", title: "Oil", URL: "https://example.org/panels/oil" });
    expect(record).not.toHaveProperty("note");
  });

  it("list a panel's facts in the panel's order in its note, without doubled full stops", () => {
    const second: Fact = { ...fact, id: "gas", statement: "Gas flows too.", verdict: { rating: "confirmed", summary: "-" } };
    const panel: Panel = { id: "oil", title: "Oil", description: "-", view: "list", facts: ["gas", "oil-share"], note: "Two facts." };
    expect(panelRecord(panel, context, [fact, second]).note).toBe("Two facts. Gas flows too: verdict: Confirmed. Country A supplies oil: verdict: Qualified");
  });
});

describe("sourceRecord", () => {
  it("cites a dated official page as a report by its publisher, with no note and no author", () => {
    expect(sourceRecord(source)).toEqual({
      id: "source-gov-report",
      "citation-key": "govReport",
      type: "report",
      title: "Why oil flows",
      "container-title": "Ministry of Tests",
      issued: { "date-parts": [[2019, 5]] },
      accessed: { "date-parts": [[2026, 11, 28]] },
      URL: "https://gov.example.org/why-oil-flows",
      language: "en",
    });
  });

  it("picks the CSL type a reference manager expects for each kind of source", () => {
    const typeOf = (tier: Source["tier"]) => sourceRecord({ ...source, tier }).type;
    expect(typeOf("news")).toBe("article-newspaper");
    expect(typeOf("primary")).toBe("article-newspaper");
    expect(typeOf("analysis")).toBe("article-magazine");
    expect(typeOf("reference")).toBe("entry-encyclopedia");
    expect(typeOf("blog")).toBe("post-weblog");
    expect(typeOf("aggregator")).toBe("webpage");
    expect(typeOf("mirror")).toBe("webpage");
  });

  it("says in the note when the date is an estimate and when the title is a description", () => {
    const estimated = sourceRecord({
      ...source,
      title_kind: "description",
      published: { kind: "estimated", from: "2016-10", to: "2017-03", label: "-", basis: "-" },
    });
    expect(estimated.note).toBe(
      "Publication date not shown on the page; estimated ca. 2016–2017. The page shows no title: the bracketed title is a description",
    );
    expect(estimated.title).toBe("[Why oil flows]");
    const undated = sourceRecord({ ...source, published: { kind: "unknown" } });
    expect(undated).not.toHaveProperty("issued");
    expect(undated).not.toHaveProperty("note");
  });
});

describe("formatCitation's repairs to citation-js output", () => {
  it("adds the dataset and the access date to a web page's BibTeX note, and nothing to another type", () => {
    const page = formatCitation(factPageRecord(fact, context), "bibtex");
    expect(page).toMatch(/\tnote = \{Test relations dataset, version 2\.3\.4\. Accessed 2026-11-28\},?\n/);
    expect(formatCitation(sourceRecord(source), "bibtex")).not.toMatch(/Ministry of Tests\. Accessed/);
    // Month and day keep their leading zero.
    expect(formatCitation(factPageRecord(fact, { ...context, accessed: "2026-01-05" }), "bibtex")).toContain("Accessed 2026-01-05}");
  });

  it("escapes LaTeX's special characters in BibTeX text fields, not in the URL", () => {
    const odd = { ...source, title: "R&D: 25% of #1 costs $5 per_unit", url: "https://gov.example.org/a%20b_c#top" };
    const bibtex = formatCitation(sourceRecord(odd), "bibtex");
    // citation-js adds the braces that keep "D" upper-case.
    expect(bibtex).toContain("R\\&{D}: 25\\% of \\#1 costs \\$5 per\\_unit");
    expect(bibtex).toContain("https://gov.example.org/a%20b_c#top");
    expect(bibtex.endsWith("}\n")).toBe(true);
  });

  it("writes each RIS tag on one line, however long", () => {
    const long = { ...source, title: "A title long enough that a seventy-character line would have to be wrapped in the middle of a word" };
    const ris = formatCitation(sourceRecord(long), "ris");
    expect(ris.split("\n")).toContain(`TI  - ${long.title}`);
    for (const line of ris.trim().split("\n")) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-/);
    expect(ris.endsWith("\n")).toBe(true);
    expect(ris.endsWith("\n\n")).toBe(false);
  });

  it("marks only the date as approximate, not the same digits in the title or URL", () => {
    const estimated = {
      ...source,
      title: "Oil exports in 2019",
      url: "https://gov.example.org/2019/oil",
      published: { kind: "estimated", from: "2019-02", to: "2019-04", label: "-", basis: "-" },
    } as const;
    const mla = formatCitation(sourceRecord(estimated), "mla");
    expect(mla).toContain("Oil Exports in 2019");
    expect(mla).toContain("https://gov.example.org/2019/oil");
    expect(mla.match(/c\. 2019/g)).toHaveLength(1);
    expect(formatCitation(sourceRecord(estimated), "bibtex")).toContain("year = {ca. 2019}");
    // An exact date is not marked.
    expect(formatCitation(sourceRecord(source), "harvard")).not.toMatch(/c\. 2019/);
    expect(formatCitation(sourceRecord(source), "bibtex")).not.toContain("ca.");
  });

  it("gives back a description with regular-expression characters in it bracketed and unquoted", () => {
    const described = { ...source, title: "Report (2018) on oil + gas?", title_kind: "description" } as const;
    for (const style of ["mla", "chicago", "harvard", "apa"] as const) {
      const text = formatCitation(sourceRecord(described), style);
      expect(text, style).toContain("[Report (2018) on oil + gas?]");
      expect(text, style).not.toContain("“[");
    }
  });

  it("gives CSL-JSON that reads back as the same record", () => {
    const record = sourceRecord(source);
    const json = formatCitation(record, "csl-json");
    expect(json.endsWith("]\n")).toBe(true);
    expect((new Cite(json).data[0] as { title: string }).title).toBe("Why oil flows");
  });
});

describe("citable", () => {
  it("hands the cite block the record in every style, and where its files are", () => {
    const block = citable("dataset", "How to cite the dataset", datasetRecord(context), "dataset");
    expect(block.key).toBe("dataset");
    expect(block.heading).toBe("How to cite the dataset");
    expect(block.download).toBe("dataset");
    expect(Object.keys(block.formatted).sort()).toEqual([...citationStyles].sort());
    expect(block.formatted.apa).toContain("Test relations dataset");
    expect(block.formatted.bibtex).toMatch(/^@/);
  });
});
