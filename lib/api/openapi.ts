// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas that
// validate requests (lib/api/params.ts) and describe responses
// (lib/api/envelopes.ts), through zod's own JSON Schema output.
// Mutation testing skips the strings marked "prose for readers": a test could
// only repeat them. tests/openapi-contract.test.ts checks everything else
// against what the API really answers.
import { z } from "zod";
import {
  apiErrorSchema,
  changeListSchema,
  changeSchema,
  factItemSchema,
  factListSchema,
  panelItemSchema,
  panelListSchema,
  sourceItemSchema,
  sourceListSchema,
  storedSourceSchema,
} from "@/lib/api/envelopes";
import { seriesListSchema } from "@/lib/recorded-trade/api";
import { allowedValues, changesQuerySchema, factsQuerySchema } from "@/lib/api/params";
import { checkRequestSchema, checkResultSchema } from "@/lib/check/api";
import { licence, quotesStatement } from "@/lib/licence";
import { evidenceSchema, factSchema, panelSchema, slug, sourceSchema, type DatasetMeta } from "@/lib/dataset/schema";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** OpenAPI 3.1 schema objects are JSON Schema 2020-12, without the document-level `$schema` and `$id`. */
function withoutIds(schema: Json): Json {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function jsonSchema(schema: z.ZodType): Json {
  return withoutIds(z.toJSONSchema(schema, { io: "output", target: "draft-2020-12" }) as Json);
}

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  const named: Array<[string, z.ZodType]> = [
    ["Fact", factSchema],
    ["Evidence", evidenceSchema],
    ["Source", sourceSchema],
    ["StoredSource", storedSourceSchema],
    ["Panel", panelSchema],
    ["FactList", factListSchema],
    ["FactItem", factItemSchema],
    ["SourceList", sourceListSchema],
    ["SourceItem", sourceItemSchema],
    ["PanelList", panelListSchema],
    ["PanelItem", panelItemSchema],
    ["SeriesList", seriesListSchema],
    ["Error", apiErrorSchema],
    ["Change", changeSchema],
    ["ChangeList", changeListSchema],
    ["CheckRequest", checkRequestSchema],
    ["CheckResult", checkResultSchema],
  ];
  for (const [id, schema] of named) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: "output", target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, withoutIds(schema as Json)]));
}

function queryParameters(schema: z.ZodObject): Json[] {
  return Object.entries(schema.shape).map(([name, param]) => ({
    name,
    in: "query",
    required: false,
    description: `${(param as z.ZodType).description ?? ""} Allowed: ${allowedValues[name]}.`.trim(),
    // The parsed value's schema: `limit` arrives as text but is an integer from 1 to 100.
    schema: jsonSchema(param as z.ZodType),
  }));
}

const idParameter = (kind: string): Json => ({
  name: "id",
  in: "path",
  required: true,
  // Stryker disable next-line StringLiteral: prose for readers
  description: `The ${kind}'s permanent id.`,
  schema: jsonSchema(slug),
});

const jsonContent = (schema: Json) => ({ "application/json": { schema } });

function operation(operationId: string, summary: string, schema: Json, parameters: Json[], withNotFound: boolean): Json {
  const error = (description: string) => ({
    description,
    headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
    content: jsonContent(ref("Error")),
  });
  return {
    get: {
      operationId,
      summary,
      parameters: [...parameters, { $ref: "#/components/parameters/IfNoneMatch" }],
      responses: {
        "200": {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "OK",
          headers: {
            ETag: { $ref: "#/components/headers/ETag" },
            "Cache-Control": { $ref: "#/components/headers/CacheControl" },
            "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
          },
          content: jsonContent(schema),
        },
        "304": {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "Not modified: If-None-Match names the current ETag.",
          headers: { ETag: { $ref: "#/components/headers/ETag" } },
        },
        // Stryker disable next-line StringLiteral: prose for readers
        "400": error("A query parameter is unknown, repeated or has a value it does not accept; `issues` names each one and what it accepts."),
        // Stryker disable next-line StringLiteral: prose for readers
        ...(withNotFound ? { "404": error("No record has this id.") } : {}),
      },
    },
  };
}

/** POST /check: the one operation that takes a body; its answers are never cached. */
function checkOperation(): Json {
  const error = (description: string) => ({
    description,
    headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
    content: jsonContent(ref("Error")),
  });
  return {
    post: {
      operationId: "checkText",
      // Stryker disable next-line StringLiteral: prose for readers
      summary: "Which known claims a text makes, sentence by sentence",
      // Stryker disable next-line StringLiteral: prose for readers
      description: "Splits the text into sentences and lists, for each, the facts it asserts, with their verdicts and whether the text's figure differs from the sourced one. The text is not stored or logged.",
      requestBody: { required: true, content: jsonContent(ref("CheckRequest")) },
      responses: {
        "200": {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "OK",
          headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
          content: jsonContent(ref("CheckResult")),
        },
        // Stryker disable next-line StringLiteral: prose for readers
        "400": error("The body is not JSON, not an object with a string `text`, or the text is empty."),
        // Stryker disable next-line StringLiteral: prose for readers
        "413": error("The text is longer than 50,000 characters."),
      },
    },
  };
}

export function openApiDocument(meta: DatasetMeta): Json {
  return {
    openapi: "3.1.0",
    info: {
      // Stryker disable next-line StringLiteral: prose for readers
      title: "Kazakhstan–Israel relations API",
      version: "1.0.0",
      // Stryker disable next-line StringLiteral: prose for readers
      summary: "Facts about Kazakhstan–Israel relations, each with its verbatim quote, verdict and evidence.",
      description: `Read-only JSON over ${meta.title}, version ${meta.version}. Every response is public (CORS \`*\`) and carries an ETag that changes with the dataset version. Errors are JSON with a message and the parameters at fault. ${quotesStatement}`,
      license: { name: licence.name, identifier: licence.id },
    },
    servers: [{ url: "/api/v1" }],
    // A public, read-only API: no operation needs credentials.
    security: [],
    paths: {
      "/facts": operation("listFacts", "Facts, filtered, searched and paginated", ref("FactList"), queryParameters(factsQuerySchema), false),
      "/facts/{id}": operation("getFact", "One fact, with its history across dataset versions", ref("FactItem"), [idParameter("fact")], true),
      "/changes": operation("listChanges", "Changes to facts and sources between dataset versions, newest first", ref("ChangeList"), queryParameters(changesQuerySchema), false),
      "/sources": operation("listSources", "Every source, without its stored text", ref("SourceList"), [], false),
      "/sources/{id}": operation("getSource", "One source, with its stored text", ref("SourceItem"), [idParameter("source")], true),
      "/panels": operation("listPanels", "Every dashboard panel", ref("PanelList"), [], false),
      "/panels/{id}": operation("getPanel", "One panel, with its facts", ref("PanelItem"), [idParameter("panel")], true),
      "/check": checkOperation(),
      "/series": operation("listSeries", "Recorded trade series, each value with its year, unit, reporter, compiler and table row", ref("SeriesList"), [], false),
      "/openapi.json": operation("getOpenApi", "This document", { type: "object", description: "An OpenAPI 3.1 document" }, [], false),
    },
    components: {
      schemas: componentSchemas(),
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          // Stryker disable next-line StringLiteral: prose for readers
          description: "An ETag from an earlier response; the answer is 304 with no body while it is still current.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "Changes whenever the dataset version or the body changes.",
          schema: { type: "string" },
        },
        CacheControl: {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "How long the response may be cached.",
          schema: { type: "string" },
        },
        AccessControlAllowOrigin: {
          // Stryker disable next-line StringLiteral: prose for readers
          description: "Always `*`: the data is public.",
          schema: { type: "string", const: "*" },
        },
      },
    },
  };
}
