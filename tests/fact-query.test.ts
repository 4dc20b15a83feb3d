// The fact query the API and the /facts explorer share: pages, cursors and
// the problems each caller words its own way.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/dataset/cursor";
import { factPage, type FactQuery } from "@/lib/dataset/fact-query";
import { loadFixture } from "./open-data-fixture";

const dataset = loadFixture();
const version = dataset.meta.version;

function page(query: FactQuery) {
  const result = factPage(dataset, query);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

describe("factPage", () => {
  it("steps back one page at a time, not to the first page", () => {
    const third = page({ limit: 2, cursor: encodeCursor({ offset: 4, version }) });
    expect(third.offset).toBe(4);
    expect(decodeCursor(third.previous_cursor ?? "")).toEqual({ offset: 2, version });
    const partial = page({ limit: 2, cursor: encodeCursor({ offset: 1, version }) });
    expect(decodeCursor(partial.previous_cursor ?? "")).toEqual({ offset: 0, version });
  });

  it("gives an empty last page for a cursor at the very end, and refuses one beyond it", () => {
    const end = page({ limit: 2, cursor: encodeCursor({ offset: dataset.facts.length, version }) });
    expect(end.data).toEqual([]);
    expect(end.next_cursor).toBeNull();
    expect(factPage(dataset, { limit: 2, cursor: encodeCursor({ offset: dataset.facts.length + 1, version }) })).toEqual({
      ok: false,
      problem: { parameter: "cursor", reason: "invalid" },
    });
  });

  it("says which parameter is at fault and why", () => {
    expect(factPage(dataset, { limit: 2, source: "nobody" })).toEqual({ ok: false, problem: { parameter: "source", reason: "unknown" } });
    expect(factPage(dataset, { limit: 2, cursor: "not-a-cursor" })).toEqual({ ok: false, problem: { parameter: "cursor", reason: "invalid" } });
    expect(factPage(dataset, { limit: 2, cursor: encodeCursor({ offset: 2, version: "0.0.1" }) })).toEqual({
      ok: false,
      problem: { parameter: "cursor", reason: "stale", issuedFor: "0.0.1" },
    });
  });
});
