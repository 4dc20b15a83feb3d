// The JSON API of the production build, over HTTP: status codes, headers,
// conditional requests, and random input that must never produce a 5xx.
import fc from "fast-check";
import { expect, test, type APIResponse } from "@playwright/test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { dataset } from "./dataset";

const fact = dataset.facts[0]!;

async function errorBody(response: APIResponse) {
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { status: number; message: string; issues: Array<{ parameter: string; allowed: string }> };
  expect(body.status).toBe(response.status());
  expect(body.message.length).toBeGreaterThan(0);
  return body;
}

test("GET /api/v1/facts lists every fact of data/, page by page, with CORS, caching and an ETag", async ({ request }) => {
  const ids: string[] = [];
  let url: string | null = "/api/v1/facts?limit=30";
  while (url) {
    const response: APIResponse = await request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["cache-control"]).toMatch(/public, max-age=\d+/);
    expect(response.headers().etag).toContain(dataset.meta.version);
    const body = (await response.json()) as { total: number; version: string; data: Array<{ id: string }>; next_cursor: string | null };
    expect(body.total).toBe(dataset.facts.length);
    expect(body.version).toBe(dataset.meta.version);
    ids.push(...body.data.map((f) => f.id));
    url = body.next_cursor ? `/api/v1/facts?limit=30&cursor=${body.next_cursor}` : null;
  }
  expect(ids).toEqual(dataset.facts.map((f) => f.id));
});

test("filters and search work over HTTP", async ({ request }) => {
  const body = await (await request.get("/api/v1/facts?topic=energy&verdict=qualified&limit=100")).json();
  const expected = dataset.facts.filter((f) => f.topic === "energy" && f.verdict.rating === "qualified").map((f) => f.id);
  expect(body.data.map((f: { id: string }) => f.id)).toEqual(expected);
  const word = await (await request.get("/api/v1/facts?q=Tokayev&limit=100")).json();
  expect(word.total).toBeGreaterThan(0);
  for (const f of word.data) expect(`${f.statement} ${f.quote.text} ${f.quote.translation ?? ""}`.toLowerCase()).toContain("tokayev");
});

test("a conditional request with the current ETag gets a bodiless 304", async ({ request }) => {
  const first = await request.get(`/api/v1/facts/${fact.id}`);
  const etag = first.headers().etag!;
  const second = await request.get(`/api/v1/facts/${fact.id}`, { headers: { "If-None-Match": etag } });
  expect(second.status()).toBe(304);
  expect((await second.body()).length).toBe(0);
  const other = await request.get(`/api/v1/facts/${fact.id}`, { headers: { "If-None-Match": '"0.0.0-stale"' } });
  expect(other.status()).toBe(200);
});

test("a CORS preflight is answered for GET", async ({ request }) => {
  const response = await request.fetch("/api/v1/facts", { method: "OPTIONS", headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" } });
  expect(response.status()).toBe(204);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["access-control-allow-methods"]).toContain("GET");
});

test("bad parameters get a 400 naming the parameter and what it accepts", async ({ request }) => {
  for (const [query, parameter] of [
    ["topic=sports", "topic"],
    ["limit=0", "limit"],
    ["limit=1000000000", "limit"],
    ["cursor=not-a-cursor", "cursor"],
    ["verdict=TRUE", "verdict"],
    ["color=red", "color"],
  ]) {
    const response = await request.get(`/api/v1/facts?${query}`);
    expect(response.status(), query).toBe(400);
    const body = await errorBody(response);
    expect(body.issues[0]?.parameter, query).toBe(parameter);
    expect(body.issues[0]?.allowed.length, query).toBeGreaterThan(0);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
  }
});

test("unknown ids and undecodable addresses get a 404 in JSON", async ({ request }) => {
  for (const url of ["/api/v1/facts/no-such-fact", "/api/v1/sources/no-such-source", "/api/v1/panels/no-such-panel", "/api/v1/facts/%E0%A4%A", "/api/v1/sources/%"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    await errorBody(response);
  }
});

test("every record endpoint answers for every id in data/", async ({ request }) => {
  for (const [kind, ids] of [["sources", dataset.sources.map((s) => s.id)], ["panels", dataset.panels.map((p) => p.id)]] as const) {
    for (const id of ids) {
      const response = await request.get(`/api/v1/${kind}/${id}`);
      expect(response.status(), `${kind}/${id}`).toBe(200);
      expect((await response.json()).data.id).toBe(id);
    }
  }
});

test("the served OpenAPI document validates and lists every endpoint", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  const result = await new Validator().validate(document);
  expect(result.errors ?? []).toEqual([]);
  expect(Object.keys(document.paths).sort()).toEqual(["/changes", "/check", "/facts", "/facts/{id}", "/openapi.json", "/panels", "/panels/{id}", "/series", "/sources", "/sources/{id}"]);
  // Every GET path answers at the address the document gives it (POST /check has its own tests in e2e/check.spec.ts).
  for (const path of Object.keys(document.paths).filter((p) => "get" in document.paths[p])) {
    const response = await request.get(`${document.servers[0].url}${path.replace("{id}", "no-such-id")}`);
    expect([200, 404], path).toContain(response.status());
    expect(response.headers()["content-type"], path).toContain("application/json");
  }
});

test("random query strings and ids never produce a 5xx, and every 4xx is JSON with a message", async ({ request }) => {
  const value = fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String), fc.double().map(String), fc.constantFrom("", "energy", "0", "101", "%", "%E0%A4%A"));
  const name = fc.oneof(fc.constantFrom("q", "topic", "verdict", "source", "limit", "cursor"), fc.string({ maxLength: 10 }));
  const paths = ["/api/v1/facts", "/api/v1/sources", "/api/v1/panels", "/api/v1/series", "/api/v1/openapi.json", "/api/v1/changes"];
  // Ids go in percent-encoded, or raw from an alphabet of escapes, "%E0%A" and the like.
  const id = fc.oneof(fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.stringMatching(/^[%0-9A-Fa-f]{1,9}$/));
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...paths), fc.array(fc.tuple(name, value), { maxLength: 4 }), id, async (path, params, rawId) => {
      const search = new URLSearchParams(params).toString();
      // Neither the document, the change list nor the series list has records under it.
      const withId = !["/api/v1/openapi.json", "/api/v1/changes", "/api/v1/series"].includes(path) && rawId !== "" ? `${path}/${rawId}` : path;
      for (const url of [`${path}?${search}`, `${withId}?${search}`]) {
        const response = await request.get(url);
        expect(response.status(), url).toBeLessThan(500);
        if (response.status() >= 400) await errorBody(response);
      }
    }),
    { numRuns: 60 },
  );
});
