// Branches of small lib helpers that no other test reached (found by mutation
// testing): dates without an exact day, panels without pairs, titles without
// an original, data without a primary source. Expectations written by hand.
import { describe, expect, it } from "vitest";
import { embedHeight } from "@/lib/embed/snippets";
import { tableCsv } from "@/lib/open-data/bodies";
import { dataPackage } from "@/lib/open-data/datapackage";
import { columnNames, evidenceColumns } from "@/lib/open-data/tables";
import { asOfBounds, asOfDateTime } from "@/lib/display/figure-date";
import { overviewIndicators, pageNavGroups, thenNowPairs } from "@/lib/display/overview";
import { homeIntro } from "@/lib/display/prose";
import { quoteContext } from "@/lib/display/quote-context";
import { displayTitle, publishedTitle } from "@/lib/display/source-title";
import type { Dataset } from "@/lib/dataset/load";
import type { Fact, Panel } from "@/lib/dataset/schema";
import { loadFixture } from "./open-data-fixture";

const fact = (id: string, topic: Fact["topic"] = "energy"): Fact => ({
  id,
  topic,
  statement: `Statement ${id}.`,
  quote: { source: "a", text: "-", attribution: "narration" },
  verdict: { rating: "confirmed", summary: "-" },
  evidence: [],
});
const panel = (id: string, view: Panel["view"], extra: Partial<Panel> = {}): Panel => ({ id, title: `Panel ${id}`, description: "-", view, facts: [], ...extra });

describe("figure dates for machines and tables", () => {
  it("gives a machine-readable date only for an exact one", () => {
    expect(asOfDateTime({ kind: "exact", date: "2019-06" })).toBe("2019-06");
    expect(asOfDateTime({ kind: "before", date: "2019", basis: "-" })).toBeUndefined();
  });

  it("gives an estimate its range and basis, and an unknown date only its basis", () => {
    expect(asOfBounds({ kind: "estimated", from: "2010", to: "2012", basis: "Report years." })).toEqual({ from: "2010", to: "2012", basis: "Report years." });
    expect(asOfBounds({ kind: "unknown", basis: "Not given." })).toEqual({ from: null, to: null, basis: "Not given." });
  });
});

describe("embedHeight of a then-now panel", () => {
  it("starts at 300 px and adds 260 px for each pair", () => {
    expect(embedHeight(panel("p", "then-now"))).toBe(300);
    expect(embedHeight(panel("p", "then-now", { pairs: [{ then: "a", change: "-" }, { then: "b", change: "-" }] }))).toBe(820);
  });
});

describe("titles without a traceable original", () => {
  it("bracket a translation whose original is not recorded, and give no published title for it", () => {
    const translated = { title: "Visa-free regime", title_kind: "translated" as const };
    expect(displayTitle(translated)).toBe("[Visa-free regime]");
    expect(publishedTitle(translated)).toBeNull();
    expect(publishedTitle({ ...translated, original_title: "Безвизовый режим" })).toBe("Безвизовый режим");
    expect(publishedTitle({ title: "Report", title_kind: "description" })).toBeNull();
  });
});

describe("homeIntro without the primary source", () => {
  it("still counts the claims", () => {
    const dataset = { facts: [fact("a"), fact("b")], sources: [], meta: { title: "T", version: "1.0.0", published: "2020", primary_source: "gone" } };
    expect(homeIntro(dataset)).toMatch(/^Each figure here links to the sentence it comes from\. 2 claims\. Verdicts weigh/);
  });
});

describe("overview helpers", () => {
  it("orders indicators by topic, and keeps the panels' order within a topic", () => {
    const facts = [fact("t1", "trade"), fact("e1"), fact("e2")];
    const panels = [
      panel("p1", "headline", { facts: ["t1", "e2"], indicators: [{ label: "Trade", fact: "t1" }, { label: "Second", fact: "e2" }] }),
      panel("p2", "headline", { facts: ["e1"], indicators: [{ label: "First?", fact: "e1" }, { label: "Missing", fact: "nope" }] }),
    ];
    const dataset = { facts, panels, sources: [], series: [], claims: null, meta: { title: "T", version: "1", published: "2020", primary_source: "a" } } as Dataset;
    expect(overviewIndicators(dataset).map((i) => [i.label, i.panel.id])).toEqual([
      ["Second", "p1"],
      ["First?", "p2"],
      ["Trade", "p1"],
    ]);
  });

  it("leaves out a navigation group with no links", () => {
    expect(pageNavGroups([panel("a", "list")])).toEqual([{ heading: "Topics", links: [{ id: "a", title: "Panel a" }] }]);
    expect(pageNavGroups([panel("b", "bar")])).toEqual([{ heading: "Figures and charts", links: [{ id: "b", title: "Panel b" }] }]);
    expect(pageNavGroups([])).toEqual([]);
  });

  it("pairs a claim with its later fact, or with none, and drops a pair naming an unknown fact", () => {
    const facts = [fact("then"), fact("now")];
    const pairs = thenNowPairs(
      panel("p", "then-now", {
        pairs: [
          { then: "then", now: "now", change: "Grew." },
          { then: "then", change: "No later figure." },
          { then: "then", now: "unknown", change: "-" },
          { then: "unknown", change: "-" },
        ],
      }),
      facts,
    );
    expect(pairs.map((p) => [p.then.id, p.now?.id ?? null, p.change])).toEqual([
      ["then", "now", "Grew."],
      ["then", null, "No later figure."],
    ]);
    expect(thenNowPairs(panel("p", "then-now"), facts)).toEqual([]);
  });
});

describe("quoteContext at the end of a text", () => {
  it("takes the rest of the text as the quote's sentence when no sentence end follows", () => {
    expect(quoteContext("First one. Then the quote runs to the end", "the quote")).toEqual({
      before: "First one.",
      lead: "Then ",
      quote: "the quote",
      tail: " runs to the end",
      after: "",
    });
  });
});

describe("the data package without the primary source", () => {
  it("names no source rather than a wrong one", () => {
    const dataset = loadFixture();
    const orphan = { ...dataset, meta: { ...dataset.meta, primary_source: "gone" } };
    expect(dataPackage(orphan, tableCsv(orphan)).sources).toEqual([]);
    expect(dataPackage(dataset, tableCsv(dataset)).sources).toEqual([{ title: 'A test article about oil, trade and "visas"', path: "https://example.org/article" }]);
  });
});

describe("columnNames", () => {
  it("lists the columns in their order", () => {
    expect(columnNames(evidenceColumns)).toEqual(["fact_id", "position", "source", "stance", "quote", "translation", "note", "independent"]);
  });
});
