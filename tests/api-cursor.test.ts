import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";

describe("page cursors", () => {
  it("decode to what was encoded", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.constantFrom("0.1.0", "2.3.4", "10.20.30"), (offset, version) => {
        expect(decodeCursor(encodeCursor({ offset, version }))).toEqual({ offset, version });
      }),
    );
  });

  it("are opaque URL-safe text", () => {
    expect(encodeCursor({ offset: 20, version: "0.1.0" })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuse anything this API did not issue, without throwing", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cursor = decodeCursor(text);
        if (cursor) expect(encodeCursor(cursor)).toBe(text);
      }),
      { numRuns: 500 },
    );
    for (const text of ["", "abc", "e30", Buffer.from('{"o":-1,"v":"1"}').toString("base64url"), Buffer.from('{"o":1.5,"v":"1"}').toString("base64url"), Buffer.from("[]").toString("base64url")]) {
      expect(decodeCursor(text), text).toBeNull();
    }
  });
});
