// The OpenAPI document against the API it describes: each endpoint is called
// (the pure endpoint functions wrapped in the real HTTP layer) in every way
// that leads to a distinct status, and what comes back must be what the
// document says: the same statuses, the documented headers and parameters,
// and bodies that validate against the documented schemas.
import path from "node:path";
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { apiEndpoints, apiPaths, type ApiPath } from "@/lib/api/endpoints";
import { corsHeaders, httpReply, type HttpReply } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { buildHistory } from "@/lib/history/history";
import { readReleaseNotes, readSnapshots } from "@/lib/history/read";
import { routes } from "@/lib/routes";
import { loadFixture } from "./open-data-fixture";

type Json = Record<string, unknown>;
type Parameter = { name?: string; in?: string; required?: boolean; description?: string; schema?: Json; $ref?: string };
type Response = { description: string; headers?: Record<string, { $ref: string }>; content?: Record<string, { schema: Json }> };
type Operation = { operationId: string; summary: string; parameters: Parameter[]; responses: Record<string, Response> };
type Document = {
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: Array<{ url: string }>;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Parameter>; headers: Record<string, { schema: Json }> };
};

const fixtureDir = path.join(__dirname, "fixtures", "open-data");
const historyDir = path.join(__dirname, "fixtures", "history");

function setUp() {
  const dataset = loadFixture();
  const releases = buildHistory(readSnapshots(historyDir), readReleaseNotes(historyDir));
  const document = openApiDocument(dataset.meta) as unknown as Document;
  return { dataset, releases, document };
}

/** A zod validator for a schema of the document, its `#/components/schemas/` references resolved. */
function validator(document: Document, schema: Json): z.ZodType {
  const rewrite = (value: unknown) => JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"#/$defs/')) as Json;
  return z.fromJSONSchema({ ...rewrite(schema), $defs: rewrite(document.components.schemas) } as Parameters<typeof z.fromJSONSchema>[0]);
}

/** `#/components/<kind>/<name>` → that component. */
function resolve<T>(document: Document, ref: string): T {
  const [, , kind = "", name = ""] = ref.split("/");
  return (document.components as unknown as Record<string, Record<string, T>>)[kind]![name]!;
}

/** Each way of calling an endpoint that leads to its own status, with the reply. */
function calls({ dataset, releases }: ReturnType<typeof setUp>, path: ApiPath): Array<{ why: string; reply: HttpReply }> {
  const version = dataset.meta.version;
  const call = (params: Record<string, string>, query: string, ifNoneMatch: string | null = null) =>
    httpReply(apiEndpoints[path](dataset, params, new URLSearchParams(query), releases), version, ifNoneMatch);
  const existing = path.startsWith("/facts/")
    ? dataset.facts[0]!.id
    : path.startsWith("/sources/")
      ? dataset.sources[0]!.id
      : path.startsWith("/panels/")
        ? dataset.panels[0]!.id
        : undefined;
  const params: Record<string, string> = existing ? { id: existing } : {};
  const ok = call(params, "");
  const result = [
    { why: "a plain request", reply: ok },
    { why: "a request naming the current ETag", reply: call(params, "", ok.headers.ETag ?? "") },
    { why: "an unknown query parameter", reply: call(params, "colour=red") },
  ];
  if (existing) result.push({ why: "an id no record has", reply: call({ id: "no-such-record" }, "") });
  return result;
}

describe("the OpenAPI document, against the API it describes", () => {
  it("documents exactly the statuses each endpoint answers", () => {
    const setup = setUp();
    const { document } = setup;
    for (const path of apiPaths) {
      const seen = new Set(calls(setup, path).map((c) => String(c.reply.status)));
      expect(Object.keys(document.paths[path]!.get.responses).sort(), path).toEqual([...seen].sort());
    }
  });

  it("documents a schema that each real body validates against, and that rejects a body of the wrong shape", () => {
    const setup = setUp();
    const { document } = setup;
    for (const path of apiPaths) {
      for (const { why, reply } of calls(setup, path)) {
        const response = document.paths[path]!.get.responses[String(reply.status)]!;
        if (reply.body === null) {
          expect(response.content, `${path}, ${why}`).toBeUndefined();
          continue;
        }
        const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
        expect(reply.headers["Content-Type"], `${path}, ${why}`).toBe(`${mediaType}; charset=utf-8`);
        const schema = validator(document, content!.schema);
        const body: unknown = JSON.parse(reply.body);
        expect(schema.safeParse(body).error, `${path}, ${why}`).toBeUndefined();
        expect(schema.safeParse([body]).success, `${path}, ${why}: an array instead`).toBe(false);
      }
    }
  });

  it("names every header the API sends with each status, with its real value allowed by its schema", () => {
    const setup = setUp();
    const { document } = setup;
    for (const path of apiPaths) {
      for (const { why, reply } of calls(setup, path)) {
        const documented = document.paths[path]!.get.responses[String(reply.status)]!.headers ?? {};
        expect(Object.keys(documented).length, `${path}, ${why}`).toBeGreaterThan(0);
        for (const [name, { $ref }] of Object.entries(documented)) {
          const value = reply.headers[name];
          expect(value, `${path}, ${why}: ${name}`).toBeDefined();
          const schema = validator(document, resolve<{ schema: Json }>(document, $ref).schema);
          expect(schema.safeParse(value).success, `${path}, ${why}: ${name}: ${value}`).toBe(true);
        }
      }
    }
    expect(validator(document, document.components.headers.AccessControlAllowOrigin!.schema).safeParse("https://example.org").success).toBe(false);
    // Header values are text: each documented header schema says so.
    for (const [name, { schema }] of Object.entries(document.components.headers)) expect(validator(document, schema).safeParse(42).success, name).toBe(false);
  });

  it("documents exactly the query parameters each endpoint accepts, as optional", () => {
    const { dataset, document } = setUp();
    for (const path of apiPaths) {
      const documented = document.paths[path]!.get.parameters.filter((p) => p.in === "query");
      const call = (query: string) => apiEndpoints[path](dataset, { id: "x" }, new URLSearchParams(query), []);
      const refusedAsUnknown = (name: string) => {
        const result = call(`${name}=1`);
        return result.status === 400 && JSON.stringify(result.body).includes("is not a parameter of this endpoint");
      };
      for (const parameter of documented) {
        expect(refusedAsUnknown(parameter.name!), `${path}?${parameter.name}`).toBe(false);
        expect(parameter.required, `${path}?${parameter.name}`).toBe(false);
      }
      for (const name of ["q", "topic", "verdict", "source", "limit", "cursor", "version", "kind", "id", "colour"]) {
        if (!documented.some((p) => p.name === name)) expect(refusedAsUnknown(name), `${path}?${name}`).toBe(true);
      }
    }
  });

  it("says in each query parameter's description what it accepts, as its schema does", () => {
    const { document } = setUp();
    const described = document.paths["/facts"]!.get.parameters.concat(document.paths["/changes"]!.get.parameters);
    for (const parameter of described.filter((p) => p.in === "query")) {
      const { description = "", schema = {} } = parameter;
      expect(description, parameter.name).toMatch(/^[A-Z].*\. Allowed: .+\.$/);
      for (const value of (schema.enum as string[] | undefined) ?? []) expect(description, parameter.name).toContain(value);
      if (typeof schema.maximum === "number") expect(description).toContain(`from ${String(schema.minimum)} to ${String(schema.maximum)}`);
    }
  });

  it("describes each record's id as a required path parameter whose schema every real id passes", () => {
    const { dataset, document } = setUp();
    const ids: Record<string, string[]> = {
      "/facts/{id}": dataset.facts.map((f) => f.id),
      "/sources/{id}": dataset.sources.map((s) => s.id),
      "/panels/{id}": dataset.panels.map((p) => p.id),
    };
    for (const path of apiPaths) {
      const inPath = document.paths[path]!.get.parameters.filter((p) => p.in === "path");
      const template = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(inPath.map((p) => p.name), path).toEqual(template);
      for (const parameter of inPath) {
        expect(parameter.required, path).toBe(true);
        const schema = validator(document, parameter.schema!);
        for (const id of ids[path]!) {
          expect(schema.safeParse(id).success, `${path}: ${id}`).toBe(true);
          const answer = apiEndpoints[path](dataset, { [parameter.name!]: id }, new URLSearchParams(), []);
          expect((answer.body as { data: { id: string } }).data.id).toBe(id);
        }
        expect(schema.safeParse("Not an id!").success, path).toBe(false);
      }
    }
  });

  it("documents the conditional-request header, and it is one a browser may send across origins", () => {
    const { document } = setUp();
    for (const path of apiPaths) {
      const refs = document.paths[path]!.get.parameters.flatMap((p) => (p.$ref ? [resolve<Parameter>(document, p.$ref)] : []));
      expect(refs.map((p) => [p.name, p.in, p.required]), path).toEqual([["If-None-Match", "header", false]]);
      const allowedHeaders = corsHeaders["Access-Control-Allow-Headers"].split(/,\s*/);
      expect(allowedHeaders).toContain(refs[0]!.name);
      expect(validator(document, refs[0]!.schema!).safeParse('"2.3.4-abc"').success).toBe(true);
      expect(validator(document, refs[0]!.schema!).safeParse(42).success).toBe(false);
    }
  });

  it("gives each operation a distinct id: get… for one record or document, list… for a collection", () => {
    const { document } = setUp();
    const ids = apiPaths.map((path) => document.paths[path]!.get.operationId);
    expect(new Set(ids).size).toBe(apiPaths.length);
    for (const path of apiPaths) {
      const { operationId, summary } = document.paths[path]!.get;
      const single = path.endsWith("}") || path.endsWith(".json");
      expect(operationId, path).toMatch(single ? /^get[A-Z][A-Za-z]+$/ : /^list[A-Z][A-Za-z]+$/);
      expect(operationId.toLowerCase(), path).toContain(path.split("/")[1]!.replace(/s$/, "").replace(".json", ""));
      expect(summary.length, path).toBeGreaterThan(0);
    }
  });

  it("places the paths under the API's own address, and names the dataset, its version and its licence", () => {
    const { document } = setUp();
    const dataset = parseYaml(readFileSync(path.join(fixtureDir, "dataset.yaml"), "utf8")) as { title: string; version: string };
    const [server] = document.servers;
    expect(`${server!.url}/facts`).toBe(routes.api.facts());
    expect(`${server!.url}/facts/{id}`.replace("{id}", "a")).toBe(routes.api.fact("a"));
    expect(`${server!.url}/openapi.json`).toBe(routes.api.openapi());
    // The API's major version is the one in its address.
    expect(`/api/v${document.info.version.split(".")[0]}`).toBe(server!.url);
    expect(document.info.description).toContain(`${dataset.title}, version ${dataset.version}.`);
    expect(document.info.license).toEqual({ name: "CC BY 4.0", identifier: "CC-BY-4.0" });
  });
});
