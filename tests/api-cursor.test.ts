import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/dataset/cursor";

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

  it("refuse another spelling of a valid cursor, so each page has one cursor", () => {
    const ours = encodeCursor({ offset: 20, version: "0.1.0" });
    const base64url = (json: string) => Buffer.from(json, "utf8").toString("base64url");
    expect(decodeCursor(ours)).toEqual({ offset: 20, version: "0.1.0" });
    // The same offset and version, written differently.
    expect(decodeCursor(base64url('{"v":"0.1.0","o":20}'))).toBeNull();
    expect(decodeCursor(base64url('{"o": 20, "v": "0.1.0"}'))).toBeNull();
    expect(decodeCursor(base64url('{"o":2e1,"v":"0.1.0"}'))).toBeNull();
    // The same bytes, with the unused low bits of the last base64 character set.
    const last = ours.at(-1)!;
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const twin = ours.slice(0, -1) + alphabet[alphabet.indexOf(last) + 1];
    expect(Buffer.from(twin, "base64url")).toEqual(Buffer.from(ours, "base64url"));
    expect(decodeCursor(twin)).toBeNull();
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
