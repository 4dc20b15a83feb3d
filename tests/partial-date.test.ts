import { describe, expect, it } from "vitest";
import { formatPartialDate, isPartialDate } from "@/lib/dataset/partial-date";

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
