// Contract tests of every /api/v1 endpoint, good input and bad, run on the
// pure endpoint functions against the open-data fixture.
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { apiEndpoints, type ApiPath } from "@/lib/api/endpoints";
import {
  apiErrorSchema,
  factItemSchema,
  factListSchema,
  panelItemSchema,
  panelListSchema,
  sourceItemSchema,
  sourceListSchema,
} from "@/lib/api/envelopes";
import { encodeCursor } from "@/lib/dataset/cursor";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});

function call(path: ApiPath, query = "", params: Record<string, string> = {}) {
  return apiEndpoints[path](dataset, params, new URLSearchParams(query));
}

function list(query: string) {
  const result = call("/facts", query);
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return factListSchema.parse(result.body);
}

function error(path: ApiPath, query: string, params: Record<string, string> = {}) {
  const result = call(path, query, params);
  return { status: result.status, body: apiErrorSchema.parse(result.body) };
}

describe("GET /facts", () => {
  it("lists every fact, in dataset order, with the total and the dataset version", () => {
    const body = list("");
    expect(body.version).toBe("2.3.4");
    expect(body.total).toBe(6);
    expect(body.data.map((f) => f.id)).toEqual([
      "embassy-opened-1992",
      "relations-frozen",
      "oil-share",
      "oil-gas-grain",
      "trade-over-1-4-billion",
      "visa-free-30-days",
    ]);
    expect(body.next_cursor).toBeNull();
    expect(body.previous_cursor).toBeNull();
  });

  it("filters by topic, verdict and source, together", () => {
    expect(list("topic=energy").data.map((f) => f.id)).toEqual(["oil-share", "oil-gas-grain"]);
    expect(list("verdict=confirmed").data.map((f) => f.id)).toEqual(["trade-over-1-4-billion"]);
    expect(list("source=report").data.map((f) => f.id)).toEqual(["relations-frozen"]);
    expect(list("topic=energy&verdict=unverified").data.map((f) => f.id)).toEqual(["oil-gas-grain"]);
    expect(list("topic=security").total).toBe(0);
  });

  it("finds facts by words of the statement, the quote or its translation, ignoring case, accents and curly quotes", () => {
    expect(list("q=grain").data.map((f) => f.id)).toEqual(["oil-gas-grain"]);
    // Only in the quote: "upwards" is not in the statement.
    expect(list("q=UPWARDS").data.map((f) => f.id)).toEqual(["oil-share"]);
    // The quote has a curly apostrophe; the query a straight one.
    expect(list("q=country b's fuel").data.map((f) => f.id)).toEqual(["oil-share"]);
    // Cyrillic quote, and its English translation.
    expect(list("q=визы").data.map((f) => f.id)).toEqual(["visa-free-30-days"]);
    expect(list("q=without a visa").data.map((f) => f.id)).toEqual(["visa-free-30-days"]);
    // Every word must occur.
    expect(list("q=oil grain").data.map((f) => f.id)).toEqual(["oil-gas-grain"]);
    expect(list("q=oil nowhere").total).toBe(0);
  });

  it("pages with cursors: following next_cursor visits every match once, previous_cursor goes back", () => {
    const seen: string[] = [];
    let page = list("limit=4");
    const first = page;
    seen.push(...page.data.map((f) => f.id));
    expect(page.data).toHaveLength(4);
    while (page.next_cursor) {
      page = list(`limit=4&cursor=${page.next_cursor}`);
      seen.push(...page.data.map((f) => f.id));
    }
    expect(seen).toEqual(list("").data.map((f) => f.id));
    expect(page.offset).toBe(4);
    expect(page.total).toBe(6);
    const back = list(`limit=4&cursor=${page.previous_cursor}`);
    expect(back.data).toEqual(first.data);
  });

  it("takes a limit from 1 to 100", () => {
    expect(list("limit=1").data).toHaveLength(1);
    expect(list("limit=100").data).toHaveLength(6);
    expect(list("limit=1").limit).toBe(1);
  });

  it("treats empty values as not given, as an HTML form sends them", () => {
    expect(list("q=&topic=&verdict=&source=&limit=&cursor=").total).toBe(6);
  });

  it.each([
    ["topic=sports", "topic", /one of energy, trade/],
    ["verdict=true", "verdict", /one of confirmed, qualified, contradicted, unverified/],
    ["limit=0", "limit", /integer from 1 to 100/],
    ["limit=101", "limit", /integer from 1 to 100/],
    ["limit=1000000000", "limit", /integer from 1 to 100/],
    ["limit=-5", "limit", /integer from 1 to 100/],
    ["limit=2.5", "limit", /integer from 1 to 100/],
    ["limit=ten", "limit", /integer from 1 to 100/],
    ["cursor=abc", "cursor", /next_cursor or previous_cursor/],
    ["cursor=%%%", "cursor", /next_cursor or previous_cursor/],
    ["source=nobody", "source", /source listed at \/api\/v1\/sources/],
    ["source=Not A Slug", "source", /source listed at \/api\/v1\/sources/],
    [`q=${"x".repeat(201)}`, "q", /at most 200 characters/],
    ["topc=energy", "topc", /q, topic, verdict, source, limit, cursor/],
    ["topic=energy&topic=trade", "topic", /given 2 times/],
  ])("refuses %s with a 400 naming %s and what it accepts", (query, parameter, allowed) => {
    const { status, body } = error("/facts", query);
    expect(status).toBe(400);
    expect(body.error).toBe("invalid_query");
    expect(body.issues.map((i) => i.parameter)).toEqual([parameter]);
    expect(`${body.issues[0]?.allowed} ${body.issues[0]?.message}`).toMatch(allowed);
    expect(body.message).toContain(parameter);
  });

  it("names every bad parameter at once, one sentence each", () => {
    const { body } = error("/facts", "topic=x&limit=0&foo=1");
    expect(body.issues.map((i) => i.parameter).sort()).toEqual(["foo", "limit", "topic"]);
    expect(body.message).toBe(body.issues.map((i) => i.message).join(" "));
  });

  it("quotes the refused value back, cut short when it is long", () => {
    expect(error("/facts", "source=nobody").body.message).toContain('source: "nobody" is not allowed');
    expect(error("/facts", "topic=sports").body.message).toContain('topic: "sports" is not allowed');
    expect(error("/facts", "cursor=abc").body.message).toContain('cursor: "abc" is not allowed');
    const long = error("/facts", `topic=${"x".repeat(100)}`).body.message;
    expect(long).toContain(`"${"x".repeat(60)}…"`);
    expect(long).not.toContain("x".repeat(61));
    expect(error("/facts", `topic=${"x".repeat(60)}`).body.message).toContain(`"${"x".repeat(60)}"`);
  });

  it("says what a parameter given twice accepts", () => {
    const { body } = error("/facts", "topic=energy&topic=trade");
    expect(body.issues[0]?.allowed).toMatch(/^one of energy, trade/);
  });

  it("ignores spaces around a value", () => {
    expect(list("topic=%20energy%20&limit=%202").data.map((f) => f.id)).toEqual(["oil-share", "oil-gas-grain"]);
  });

  it("refuses a cursor from another dataset version, or one past the end", () => {
    const old = error("/facts", `cursor=${encodeCursor({ offset: 2, version: "1.0.0" })}`);
    expect(old.status).toBe(400);
    expect(old.body.message).toMatch(/version "1.0.0".*start again/);
    const past = error("/facts", `cursor=${encodeCursor({ offset: 7, version: "2.3.4" })}`);
    expect(past.status).toBe(400);
    expect(past.body.issues[0]?.parameter).toBe("cursor");
  });
});

describe("GET /facts/{id}", () => {
  it("returns the fact as stored, with the version", () => {
    const result = call("/facts/{id}", "", { id: "visa-free-30-days" });
    expect(result.status).toBe(200);
    const body = factItemSchema.parse(result.body);
    expect(body.data.quote.translation).toBe("Citizens of country B may stay without a visa for up to 30 days.");
    expect(body.data.figure).toEqual({ value: 30, unit: "count", qualifier: "up-to", as_of: { kind: "exact", date: "2020" }, measure: "Days without a visa" });
  });

  it("answers an unknown id with a 404 naming it and where the ids are listed", () => {
    const { status, body } = error("/facts/{id}", "", { id: "no-such-fact" });
    expect(status).toBe(404);
    expect(body.error).toBe("not_found");
    expect(body.message).toBe('No fact has the id "no-such-fact"; use the id of a fact listed at /api/v1/facts.');
    expect(body.issues).toEqual([{ parameter: "id", message: body.message, allowed: "the id of a fact listed at /api/v1/facts" }]);
  });

  it("refuses query parameters it does not take", () => {
    const { status, body } = error("/facts/{id}", "limit=5", { id: "oil-share" });
    expect(status).toBe(400);
    expect(body.issues[0]).toMatchObject({ parameter: "limit", allowed: "no query parameters" });
  });
});

describe("GET /sources and /sources/{id}", () => {
  it("lists every source without its stored text", () => {
    const body = sourceListSchema.parse(call("/sources").body);
    expect(body.total).toBe(3);
    expect(body.data.map((s) => s.id).sort()).toEqual(["article", "ministry", "report"]);
    expect(body.data.some((s) => "text" in s)).toBe(false);
  });

  it("returns one source with its stored text, and 404 for an unknown one", () => {
    const body = sourceItemSchema.parse(call("/sources/{id}", "", { id: "ministry" }).body);
    expect(body.data.publisher).toBe("Министерство тестов");
    expect(body.data.text).toContain("без визы до 30 дней");
    expect(error("/sources/{id}", "", { id: "nope" })).toMatchObject({ status: 404, body: { message: 'No source has the id "nope"; use the id of a source listed at /api/v1/sources.' } });
  });
});

describe("GET /panels and /panels/{id}", () => {
  it("lists the panels and returns one with its facts in the panel's order", () => {
    expect(panelListSchema.parse(call("/panels").body).data.map((p) => p.id)).toEqual(["headline", "diplomacy-list"]);
    const body = panelItemSchema.parse(call("/panels/{id}", "", { id: "diplomacy-list" }).body);
    expect(body.facts.map((f) => f.id)).toEqual(["relations-frozen", "embassy-opened-1992"]);
    expect(error("/panels/{id}", "", { id: "nope" })).toMatchObject({ status: 404, body: { message: 'No panel has the id "nope"; use the id of a panel listed at /api/v1/panels.' } });
  });
});

describe("GET /openapi.json", () => {
  it("answers the document, and refuses parameters", () => {
    const result = call("/openapi.json");
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ openapi: "3.1.0" });
    expect(error("/openapi.json", "x=1").status).toBe(400);
  });
});
