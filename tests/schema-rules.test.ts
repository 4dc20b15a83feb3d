// The field rules of the data schema that run on each value: years written as
// numbers, real dates only, http(s) addresses only, a bare as_of date.
import { describe, expect, it } from "vitest";
import { asOfSchema, partialDate, sourceSchema } from "@/lib/dataset/schema";

describe("partialDate", () => {
  it("reads an unquoted YAML year as that year, and refuses other numbers and impossible dates", () => {
    expect(partialDate.parse(2019)).toBe("2019");
    expect(partialDate.parse("2019-06")).toBe("2019-06");
    expect(partialDate.safeParse(2019.5).success).toBe(false);
    expect(partialDate.safeParse("2019-02-30").error?.issues[0]?.message).toBe("must be a real date written YYYY, YYYY-MM or YYYY-MM-DD");
  });
});

describe("asOfSchema", () => {
  it("reads a bare date or year as an exact date, and keeps the other kinds as written", () => {
    expect(asOfSchema.parse("2019-06")).toEqual({ kind: "exact", date: "2019-06" });
    expect(asOfSchema.parse(2019)).toEqual({ kind: "exact", date: "2019" });
    expect(asOfSchema.parse({ kind: "before", date: "2019", basis: "Undated report." })).toEqual({ kind: "before", date: "2019", basis: "Undated report." });
    expect(asOfSchema.safeParse(true).success).toBe(false);
  });
});

describe("a source's url", () => {
  const source = {
    id: "s",
    title: "T",
    title_kind: "as-published",
    authors: [],
    publisher: "P",
    url: "https://example.org/a",
    published: { kind: "unknown" },
    accessed: "2020-01-01",
    language: "en",
    tier: "news",
  };

  it("takes an absolute http or https address and nothing else", () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, url: "http://example.org/a" }).success).toBe(true);
    for (const url of ["ftp://example.org/a", "/relative", "not a url", "mailto:a@example.org"]) {
      const result = sourceSchema.safeParse({ ...source, url });
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message]), url).toEqual([["url", "must be an absolute http(s) URL"]]);
    }
  });
});
