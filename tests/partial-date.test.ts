import { describe, expect, it } from "vitest";
import { formatPartialDate, isPartialDate, parsePartialDate, partialDateKey } from "@/lib/dataset/partial-date";

describe("partial dates", () => {
  it("accepts year, month and day precision and rejects impossible days", () => {
    expect(["1992", "2016-04", "2016-12-14", "2024-02-29"].every(isPartialDate)).toBe(true);
    expect(["2019-02-30", "2023-02-29", "2019-13", "19-06", "June 2019"].some(isPartialDate)).toBe(false);
  });

  it("formats each precision in words", () => {
    expect(formatPartialDate("2016-12-14")).toBe("14 December 2016");
    expect(formatPartialDate("2016-04")).toBe("April 2016");
    expect(formatPartialDate("1992")).toBe("1992");
  });
});

describe("parsePartialDate", () => {
  it("keeps only the parts written", () => {
    expect(parsePartialDate("2016")).toEqual({ year: 2016, month: undefined, day: undefined });
    expect(parsePartialDate("2016-04")).toEqual({ year: 2016, month: 4, day: undefined });
    expect(parsePartialDate("2016-04-30")).toEqual({ year: 2016, month: 4, day: 30 });
  });

  it("refuses month 0 or 13, day 0 or past the month's end, and anything around the date", () => {
    for (const text of ["2016-00", "2016-13", "2016-04-00", "2016-04-31", "2016-01-32", " 2016", "2016-04-1", "x2016-04"]) {
      expect(parsePartialDate(text), text).toBeNull();
    }
    expect(parsePartialDate("2016-12")).not.toBeNull();
    expect(parsePartialDate("2016-01-31")).not.toBeNull();
    expect(parsePartialDate("2016-12-01")).not.toBeNull();
  });
});

describe("formatPartialDate and partialDateKey", () => {
  it("leave text that is no date as it is", () => {
    expect(formatPartialDate("spring 2016")).toBe("spring 2016");
    expect(partialDateKey("spring 2016")).toBe("spring 2016");
  });

  it("name January and December, and sort a partial date at its earliest day", () => {
    expect(formatPartialDate("2016-01-05")).toBe("5 January 2016");
    expect(formatPartialDate("2016-12")).toBe("December 2016");
    expect(partialDateKey("2016")).toBe("2016-01-01");
    expect(partialDateKey("2016-04")).toBe("2016-04-01");
    expect(partialDateKey("2016-04-09")).toBe("2016-04-09");
  });
});
