// The download columns a fixture record leaves empty: how a page was seen, how
// its date is known, what it repeats, a lasting event's end, a figure's series
// and an evidence quote's translation. Each is filled from the record, and only
// from the field it names.
import { describe, expect, it } from "vitest";
import type { Evidence, Fact, Source } from "@/lib/dataset/schema";
import { evidenceColumns, evidenceRows, factColumns, sourceColumns, type Column } from "@/lib/open-data/tables";

const cells = <Row,>(columns: Column<Row>[], row: Row, names: string[]) =>
  Object.fromEntries(names.map((name) => [name, columns.find((c) => c.name === name)!.value(row)]));

const source = (over: Partial<Source>): Source => ({
  id: "s",
  title: "T",
  title_kind: "as-published",
  authors: [],
  publisher: "P",
  url: "https://example.org/a",
  published: { kind: "exact", date: "2019-06-12" },
  accessed: "2026-11-01",
  language: "en",
  tier: "news",
  ...over,
});
const provenance = ["published_known", "derived_from", "seen_how", "seen_archive", "seen_date"];

describe("sources.csv: how a source was seen and dated", () => {
  it("gives a page read live its date, and how its publication date is known", () => {
    const s = source({ published: { kind: "exact", date: "2019-06-12", known: "page" }, seen: { how: "live", date: "2026-11-02" } });
    expect(cells(sourceColumns, s, provenance)).toEqual({ published_known: "page", derived_from: null, seen_how: "live", seen_archive: null, seen_date: "2026-11-02" });
  });

  it("names the archive an archived copy was read from, and the source it repeats", () => {
    const s = source({
      derived_from: "original-report",
      published: { kind: "estimated", from: "2019-06", to: "2019-07", label: "mid-2019", basis: "From the content.", known: "estimated" },
      seen: { how: "archived", archive: "Wayback Machine", date: "2020-01-05" },
    });
    expect(cells(sourceColumns, s, provenance)).toEqual({ published_known: "estimated", derived_from: "original-report", seen_how: "archived", seen_archive: "Wayback Machine", seen_date: "2020-01-05" });
  });

  it("leaves how the date is known empty when the date is unknown, or not recorded, and the seen columns empty when not recorded", () => {
    expect(cells(sourceColumns, source({ published: { kind: "unknown", basis: "No date on the page." } }), provenance)).toEqual({
      published_known: null,
      derived_from: null,
      seen_how: null,
      seen_archive: null,
      seen_date: null,
    });
    expect(cells(sourceColumns, source({ seen: { how: "archived", archive: "archive.today" } }), ["published_known", "seen_date"])).toEqual({ published_known: null, seen_date: null });
  });
});

const fact = (over: Partial<Fact>): Fact => ({
  id: "f",
  topic: "diplomacy",
  statement: "S",
  quote: { source: "s", text: "q", attribution: "narration" },
  verdict: { rating: "confirmed", summary: "-" },
  evidence: [],
  ...over,
});

describe("facts.csv and evidence.csv: fields only some records have", () => {
  it("gives a lasting event its end, and a figure the series it belongs to", () => {
    const visit = fact({ event: { date: "2016-12-14", end: "2016-12-15" } as Fact["event"] });
    expect(cells(factColumns, visit, ["event_date", "event_end"])).toEqual({ event_date: "2016-12-14", event_end: "2016-12-15" });
    const point = fact({ figure: { value: 1544, unit: "usd-million", measure: "Turnover", as_of: { kind: "exact", date: "2011" }, qualifier: "exactly", series: "turnover" } as Fact["figure"] });
    expect(cells(factColumns, point, ["figure_series", "event_end"])).toEqual({ figure_series: "turnover", event_end: null });
    expect(cells(factColumns, fact({}), ["figure_series", "event_end"])).toEqual({ figure_series: null, event_end: null });
  });

  it("gives an evidence quote in another language its English translation", () => {
    const evidence: Evidence = { source: "s", stance: "confirms", quote: "Товарооборот вырос", translation: "Trade grew", note: "n", independent: true } as Evidence;
    const rows = evidenceRows([fact({ evidence: [evidence, { ...evidence, translation: undefined }] })]);
    expect(rows.map((r) => cells(evidenceColumns, r, ["position", "translation", "independent"]))).toEqual([
      { position: 1, translation: "Trade grew", independent: "true" },
      { position: 2, translation: null, independent: "true" },
    ]);
  });
});
