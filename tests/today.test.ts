import { describe, expect, it } from "vitest";
import { today } from "@/lib/today";

describe("today", () => {
  it("is the UTC date of the moment given, as YYYY-MM-DD", () => {
    expect(today(new Date("2026-12-03T23:59:59Z"))).toBe("2026-12-03");
    // Just after midnight UTC, whatever the server's time zone says.
    expect(today(new Date("2026-12-04T00:00:01+01:00"))).toBe("2026-12-03");
  });

  it("reads the clock when no moment is given", () => {
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
