import { describe, expect, it } from "vitest";
import { figurePhrase, formatPublication, formatValue, truncateWords } from "@/lib/format";

describe("formatValue", () => {
  it("writes each unit the way a reader expects", () => {
    expect(formatValue(25, "percent")).toBe("25%");
    expect(formatValue(1.4, "usd-billion")).toBe("$1.4 billion");
    expect(formatValue(1544, "usd-million")).toBe("$1,544 million");
    expect(formatValue(5, "rank")).toBe("5th");
    expect(formatValue(2, "rank")).toBe("2nd");
  });
});

describe("figurePhrase", () => {
  it("keeps the qualifier and period with the number", () => {
    expect(
      figurePhrase({ value: 1.4, unit: "usd-billion", qualifier: "over", period: "per-year", as_of: { kind: "exact", date: "2019-06" }, measure: "Imports" }),
    ).toBe("over $1.4 billion per year");
    expect(figurePhrase({ value: 25, unit: "percent", qualifier: "at-least", as_of: { kind: "exact", date: "2019" }, measure: "Share" })).toBe("at least 25%");
  });
});

describe("formatPublication", () => {
  it("shows an estimated date as an estimate, and admits an unknown one", () => {
    expect(formatPublication({ kind: "estimated", from: "2019-06-10", to: "2019-06-14", label: "2019-06, estimated 10–14 June", basis: "-" })).toBe(
      "2019-06, estimated 10–14 June",
    );
    expect(formatPublication({ kind: "unknown" })).toBe("Date not shown");
    expect(formatPublication({ kind: "exact", date: "2016-12-14" })).toBe("14 December 2016");
  });
});

describe("truncateWords", () => {
  it("cuts at a word boundary and marks the cut", () => {
    expect(truncateWords("Nur-Sultan has expanded its investments in Haifa", 30)).toBe("Nur-Sultan has expanded its…");
    expect(truncateWords("short", 30)).toBe("short");
  });
});
