import { describe, expect, it } from "vitest";
import { citationFile } from "@/lib/citation/files";
import { citationFiles } from "@/lib/citation/styles";
import { routes } from "@/lib/routes";
import type { Dataset } from "@/lib/dataset/load";

const dataset: Dataset = {
  meta: { title: "T dataset", version: "1.2.0", published: "2026-01-01", primary_source: "a" },
  sources: [
    { id: "a", title: "Article A", title_kind: "as-published", authors: ["Ann Writer"], publisher: "Gazette", url: "https://g.example/a", published: { kind: "exact", date: "2019-06-12" }, accessed: "2026-01-01", language: "en", tier: "news", text: "x" },
  ],
  facts: [{ id: "f", topic: "energy", statement: "Fact F", quote: { source: "a", text: "x", attribution: "narration" }, verdict: { rating: "unverified", summary: "-" }, evidence: [] }],
  panels: [{ id: "p", title: "Panel P", description: "-", view: "list", facts: ["f"] }],
  series: [],
  claims: null,
};
const context = { siteUrl: "https://ours.example", accessed: "2026-11-28" };

describe("citationFile", () => {
  it("serves each target in each download format with a matching file name", () => {
    for (const format of ["bibtex", "ris", "csl-json"] as const) {
      for (const target of ["dataset", { kind: "panels", id: "p" }, { kind: "facts", id: "f" }, { kind: "sources", id: "a" }] as const) {
        const path = routes.citation(target, citationFiles[format]).split("/").slice(2);
        const file = citationFile(path, dataset, context);
        expect(file, path.join("/")).not.toBeNull();
        expect(file!.filename.split(".").pop()).toBe(path[path.length - 1]!.split(".").pop());
      }
    }
  });

  it("puts the access date passed in into a dashboard citation", () => {
    const ris = citationFile(["facts", "f.ris"], dataset, context)!.body;
    expect(ris).toContain("2026/11/28");
    expect(ris).toContain("https://ours.example/facts/f");
  });

  it("names each file after what it cites, and types it for reference managers", () => {
    const file = (path: string[]) => {
      const found = citationFile(path, dataset, context);
      return found && [found.filename, found.type];
    };
    expect(file(["dataset.bib"])).toEqual(["kazakhstan-israel-dataset.bib", "application/x-bibtex; charset=utf-8"]);
    expect(file(["panels", "p.ris"])).toEqual(["panel-p.ris", "application/x-research-info-systems; charset=utf-8"]);
    expect(file(["facts", "f.json"])).toEqual(["fact-f.json", "application/vnd.citationstyles.csl+json; charset=utf-8"]);
    expect(file(["sources", "a.bib"])).toEqual(["source-a.bib", "application/x-bibtex; charset=utf-8"]);
  });

  it("cites the record the path names, in the format its extension names", () => {
    const json = (path: string[]) => JSON.parse(citationFile(path, dataset, context)!.body) as Array<{ id: string; title: string }>;
    expect(json(["sources", "a.json"])[0]).toMatchObject({ id: "source-a", title: "Article A" });
    expect(json(["panels", "p.json"])[0]).toMatchObject({ id: "panel-p", title: "Panel P" });
    expect(json(["dataset.json"])[0]).toMatchObject({ id: "dataset", title: "T dataset" });
    expect(citationFile(["sources", "a.bib"], dataset, context)!.body).toMatch(/^@article\{a,/);
    expect(citationFile(["panels", "p.ris"], dataset, context)!.body).toContain("TI  - Panel P");
  });

  it("returns null for unknown ids, kinds and extensions", () => {
    expect(citationFile(["panels", "nope.bib"], dataset, context)).toBeNull();
    expect(citationFile(["sources", "nope.ris"], dataset, context)).toBeNull();
    expect(citationFile(["dataset", "x.bib"], dataset, context)).toBeNull();
    expect(citationFile(["datasets.bib"], dataset, context)).toBeNull();
    expect(citationFile([".bib"], dataset, context)).toBeNull();
    expect(citationFile([], dataset, context)).toBeNull();
    expect(citationFile(["facts", "f.bib", "x.bib"], dataset, context)).toBeNull();
    // A real fact's id followed by one more segment is no citation of it.
    expect(citationFile(["facts", "f", "x.bib"], dataset, context)).toBeNull();
    expect(citationFile(["facts", "nope.bib"], dataset, context)).toBeNull();
    expect(citationFile(["widgets", "f.bib"], dataset, context)).toBeNull();
    expect(citationFile(["widgets", "a.bib"], dataset, context)).toBeNull();
    expect(citationFile(["widgets", "p.bib"], dataset, context)).toBeNull();
    expect(citationFile(["facts", "f.pdf"], dataset, context)).toBeNull();
    expect(citationFile(["facts"], dataset, context)).toBeNull();
    expect(citationFile(["..", "..", "etc.bib"], dataset, context)).toBeNull();
  });
});
