// The fact query the API and the /facts explorer share: pages, cursors and
// the problems each caller words its own way.
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { decodeCursor, encodeCursor } from "@/lib/dataset/cursor";
import { factPage, type FactQuery } from "@/lib/dataset/fact-query";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
let version: string;
beforeEach(() => {
  dataset = loadFixture();
  version = dataset.meta.version;
});

function page(query: FactQuery) {
  const result = factPage(dataset, query);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.value;
}

describe("factPage", () => {
  it("starts at the first match, with no way back and a cursor to the next page", () => {
    const first = page({ limit: 4 });
    expect(first).toMatchObject({ version: "2.3.4", total: 6, offset: 0, limit: 4, previous_cursor: null });
    expect(first.data.map((f) => f.id)).toEqual(dataset.facts.slice(0, 4).map((f) => f.id));
    expect(decodeCursor(first.next_cursor ?? "")).toEqual({ offset: 4, version });
    const last = page({ limit: 4, cursor: first.next_cursor! });
    expect(last.data.map((f) => f.id)).toEqual(dataset.facts.slice(4).map((f) => f.id));
    expect(last.next_cursor).toBeNull();
    expect(decodeCursor(last.previous_cursor ?? "")).toEqual({ offset: 0, version });
  });

  it("counts and pages only the facts that match, and takes a known source", () => {
    const energy = page({ limit: 1, topic: "energy" });
    expect(energy.total).toBe(dataset.facts.filter((f) => f.topic === "energy").length);
    expect(energy.data.every((f) => f.topic === "energy")).toBe(true);
    const fromReport = page({ limit: 10, source: "report" });
    expect(fromReport.data.map((f) => f.id)).toEqual(dataset.facts.filter((f) => f.quote.source === "report").map((f) => f.id));
    expect(fromReport.next_cursor).toBeNull();
  });

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
