// The OpenAPI document validates as OpenAPI 3.1, and lists exactly the routes
// that exist under app/api/v1 with exactly the parameters the API accepts.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeEach, describe, expect, it } from "vitest";
import { endpointDocs } from "@/lib/api/docs";
import { apiPaths } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { factsQuerySchema } from "@/lib/api/params";
import { loadFixture } from "./open-data-fixture";

type OpenApi = {
  paths: Record<string, { get: { parameters: Array<{ name?: string; in?: string; schema?: Record<string, unknown> }> } }>;
  components: { schemas: Record<string, unknown> };
};
// Built before each test, not at module level: mutation testing only credits code run inside a test.
let document: OpenApi;
beforeEach(() => {
  document = openApiDocument(loadFixture().meta) as OpenApi;
});

/** Each route.ts under app/api/v1, as an OpenAPI path: [id] → {id}. */
function routeFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full, `${prefix}/${name.replace(/^\[(.+)\]$/, "{$1}")}`);
    return name === "route.ts" ? [prefix] : [];
  });
}

describe("endpointDocs on a hand-written document", () => {
  it("reads a parameter without a description as an empty one", () => {
    const docs = endpointDocs({
      servers: [{ url: "/x" }],
      paths: { "/a": { get: { summary: "A", parameters: [{ name: "q", in: "query" }], responses: { "200": { description: "OK" } } } } },
    });
    expect(docs).toEqual([{ method: "GET", url: "/x/a", summary: "A", parameters: [{ name: "q", in: "query", description: "" }], responses: [{ status: "200", description: "OK" }] }]);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the validator does reject a broken document (so the check above can fail)", async () => {
    const broken: Record<string, unknown> = structuredClone(document);
    delete broken.info;
    expect((await new Validator().validate(broken as Parameters<Validator["validate"]>[0])).valid).toBe(false);
  });

  it("lists every route handler under app/api/v1, and nothing else", () => {
    const routes = routeFiles(path.join(__dirname, "..", "app", "api", "v1")).sort();
    expect(Object.keys(document.paths).sort()).toEqual(routes);
    expect([...apiPaths, "/check"].sort()).toEqual(routes);
  });

  it("documents each query parameter of /facts, with limit as an integer from 1 to 100", () => {
    const params = document.paths["/facts"]?.get.parameters.filter((p) => p.in === "query") ?? [];
    expect(params.map((p) => p.name)).toEqual(Object.keys(factsQuerySchema.shape));
    expect(params.find((p) => p.name === "limit")?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect(params.find((p) => p.name === "topic")?.schema).toMatchObject({ enum: expect.arrayContaining(["energy", "travel-visas"]) });
  });

  it("has a schema for every response, and every $ref resolves", () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1] ?? "");
    expect(refs.length).toBeGreaterThan(10);
    for (const name of new Set(refs)) expect(document.components.schemas, name).toHaveProperty(name);
  });

  it("feeds the human API docs with one entry per endpoint", () => {
    const docs = endpointDocs(document);
    expect(docs.map((d) => d.url).sort()).toEqual([...apiPaths, "/check"].map((p) => `/api/v1${p}`).sort());
    expect(docs.find((d) => d.url === "/api/v1/facts")?.parameters.map((p) => p.name)).toContain("cursor");
    const facts = docs.find((d) => d.url === "/api/v1/facts")!;
    // The conditional-request header is a shared $ref, described once on the docs page, not per endpoint.
    expect(facts.parameters.map((p) => [p.name, p.in])).toEqual(Object.keys(factsQuerySchema.shape).map((name) => [name, "query"]));
    expect(facts.parameters.every((p) => p.description.length > 0)).toBe(true);
    expect(facts.responses.map((r) => r.status)).toEqual(["200", "304", "400"]);
    expect(docs.find((d) => d.url === "/api/v1/facts/{id}")!.responses.map((r) => r.status)).toEqual(["200", "304", "400", "404"]);
    expect(facts.responses.every((r) => r.description.length > 0)).toBe(true);
    expect(facts.summary.length).toBeGreaterThan(0);
  });
});
