import { describe, expect, it } from "vitest";
import { formatAll } from "@/lib/citation/format";
import { sourceRecord } from "@/lib/citation/records";
import type { Source } from "@/lib/dataset/schema";

const base: Source = {
  id: "visa-memo",
  title: "Visa-free memorandum signed",
  title_kind: "as-published",
  authors: [],
  publisher: "Caliber.az",
  url: "https://example.org/visa",
  published: { kind: "estimated", from: "2026-01", to: "2026-02", label: "c. January 2026", basis: "By content.", known: "estimated" },
  accessed: "2026-11-28",
  language: "en",
  tier: "news",
};
const styles = ["apa", "mla", "chicago", "harvard"] as const;

describe("a citation says how the page was seen", () => {
  it("prints no access date in any style for a page read from an archived copy", () => {
    const out = formatAll(sourceRecord({ ...base, seen: { how: "archived", archive: "Internet Archive (Wayback Machine)", date: "2006-10-06" } }));
    for (const style of styles) expect(out[style]).not.toMatch(/Accessed|Retrieved|accessed/);
    expect(out.ris).not.toMatch(/^Y2 /m);
    expect(JSON.parse(out["csl-json"])[0].note).toContain("Read from an archived copy (Internet Archive (Wayback Machine), 6 October 2006), not the live page");
  });

  it("keeps the access date of a live visit exact, even when the estimated publication year is the same year", () => {
    const out = formatAll(sourceRecord({ ...base, seen: { how: "live", date: "2026-11-28" } }));
    expect(out.harvard).toContain("(Accessed: November 28, 2026)");
    expect(out.harvard).toContain("(c. 2026)");
    for (const style of styles) expect(out[style]).not.toMatch(/(?:Accessed|accessed|Retrieved)[^()]*c\. 2026/);
  });

  it("says where a publication date not shown on the page comes from", () => {
    const record = sourceRecord({ ...base, published: { kind: "estimated", from: "2019-03-20", to: "2019-03-20", label: "20 March 2019 (from the URL)", basis: "From the URL.", known: "url" } });
    expect(record.note).toContain("Publication date not shown on the page; taken from its URL (ca. 2019)");
  });

  it("says when the date comes from a stored copy's metadata, or was recorded without saying where", () => {
    const dated = (known: "metadata" | "unrecorded" | "estimated") =>
      sourceRecord({ ...base, published: { kind: "estimated", from: "2024-04-29", to: "2024-04-29", label: "29 April 2024", basis: "-", known } }).note;
    expect(dated("metadata")).toContain("Publication date not shown on the page; taken from a stored copy's metadata (ca. 2024)");
    expect(dated("unrecorded")).toContain("Publication date not shown on the page as far as recorded (ca. 2024)");
    expect(dated("estimated")).toContain("Publication date not shown on the page; estimated ca. 2024");
  });

  it("names the archive and its copy's date when both are known, and the archive alone otherwise", () => {
    const note = (seen: Source["seen"]) => sourceRecord({ ...base, seen }).note;
    expect(note({ how: "archived", archive: "archive.today", date: "2020-01" })).toContain("Read from an archived copy (archive.today, January 2020), not the live page");
    expect(note({ how: "archived", archive: "archive.today" })).toContain("Read from an archived copy (archive.today), not the live page");
  });
});
