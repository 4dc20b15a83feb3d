// GET /changes and the history in GET /facts/{id}, on the pure endpoint
// functions: the open-data fixture's facts, the history fixture's releases.
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { apiEndpoints } from "@/lib/api/endpoints";
import { apiErrorSchema, changeListSchema, factItemSchema } from "@/lib/api/envelopes";
import { buildHistory, type Release } from "@/lib/history/history";
import { readReleaseNotes, readSnapshots } from "@/lib/history/read";
import { loadFixture } from "./open-data-fixture";

const dir = path.join(__dirname, "fixtures/history");
// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
let releases: Release[];
beforeEach(() => {
  dataset = loadFixture();
  releases = buildHistory(readSnapshots(dir), readReleaseNotes(dir));
});

function changes(query: string) {
  return apiEndpoints["/changes"](dataset, {}, new URLSearchParams(query), releases);
}

describe("GET /changes", () => {
  it("lists every change with its version and reason", () => {
    const result = changes("");
    expect(result.status).toBe(200);
    const body = changeListSchema.parse(result.body);
    expect(body.total).toBe(8);
    expect(body.data[0]).toMatchObject({ version: "0.2.0", previous: "0.1.0", id: "oil-share", field: "verdict", before: "qualified", after: "unverified" });
    expect(body.data[0]!.reason).toMatch(/undated report/);
  });

  it("lists no change, and a fact no history, when the dataset has no releases", () => {
    const none = apiEndpoints["/changes"](dataset, {}, new URLSearchParams(""));
    expect(changeListSchema.parse(none.body)).toEqual({ version: "2.3.4", total: 0, data: [] });
    const fact = apiEndpoints["/facts/{id}"](dataset, { id: "oil-share" }, new URLSearchParams(""));
    expect(factItemSchema.parse(fact.body).history).toEqual([]);
  });

  it("filters by version and kind", () => {
    expect(changeListSchema.parse(changes("version=0.2.0&kind=verdict").body).data.map((c) => [c.version, c.kind])).toEqual([["0.2.0", "verdict"]]);
    expect(changeListSchema.parse(changes("kind=fact-added").body).data.map((c) => c.id)).toEqual(["new-fact"]);
    expect(changeListSchema.parse(changes("version=0.1.0").body).total).toBe(0);
  });

  it("refuses an unknown version, kind or parameter with a 400 naming it", () => {
    for (const [query, parameter] of [["version=9.9.9", "version"], ["kind=everything", "kind"], ["since=0.1.0", "since"]] as const) {
      const result = changes(query);
      expect(result.status, query).toBe(400);
      expect(apiErrorSchema.parse(result.body).issues.map((i) => i.parameter)).toEqual([parameter]);
    }
  });
});

describe("GET /facts/{id}", () => {
  it("carries the fact's history, and an empty one for an unchanged fact", () => {
    const oil = factItemSchema.parse(apiEndpoints["/facts/{id}"](dataset, { id: "oil-share" }, new URLSearchParams(), releases).body);
    expect(oil.history.map((c) => c.field)).toEqual(["verdict", "figure date"]);
    const other = factItemSchema.parse(apiEndpoints["/facts/{id}"](dataset, { id: "relations-frozen" }, new URLSearchParams(), releases).body);
    expect(other.history).toEqual([]);
  });
});
