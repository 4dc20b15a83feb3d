// An estimated date is marked circa in the date only: a year that is also in
// the title, the URL or the access date is left as the page has it.
import { describe, expect, it } from "vitest";
import { formatAll } from "@/lib/citation/format";
import { sourceRecord } from "@/lib/citation/records";
import type { Source } from "@/lib/dataset/schema";

const source: Source = {
  id: "trade-2019",
  title: "Trade in 2019",
  title_kind: "as-published",
  authors: [],
  publisher: "Gazette",
  url: "https://example.org/trade-2019",
  published: { kind: "estimated", from: "2019-06", to: "2019-07", label: "mid-2019", basis: "From the content.", known: "estimated" },
  accessed: "2026-11-28",
  language: "en",
  tier: "news",
};

describe("circa in a citation", () => {
  it("marks the date, not the same year in a title or URL", () => {
    const out = formatAll(sourceRecord(source));
    expect(out.mla).toBe("“Trade in 2019.” Gazette, c. 2019, https://example.org/trade-2019.");
    expect(out.harvard).toMatch(/^Gazette \(c\. 2019\) “Trade in 2019\.” Available at: https:\/\/example\.org\/trade-2019/);
  });

  it("leaves alone a description that opens the citation and holds the year", () => {
    const out = formatAll(sourceRecord({ ...source, title: "Report on trade, 2019", title_kind: "description" }));
    expect(out.mla).toBe("[Report on trade, 2019]. Gazette, c. 2019, https://example.org/trade-2019.");
  });

  it("ends an RIS record with its end tag and a single line break", () => {
    expect(formatAll(sourceRecord(source)).ris).toMatch(/\nER {2}-\n$/);
  });

  it("gives BibTeX a webpage's collection and access date in its note", () => {
    const page = formatAll(sourceRecord({ ...source, tier: "aggregator", seen: { how: "live", date: "2026-11-05" } })).bibtex;
    expect(page).toMatch(/\tnote = \{[^}]*Accessed 2026-11-05\}/);
  });
});
