// The human API docs (/api-docs) read the OpenAPI document itself, so what
// they say is what the API enforces.
import { z } from "zod";

const parameter = z.union([
  z.object({ name: z.string(), in: z.string(), description: z.string().optional(), required: z.boolean().optional() }),
  z.object({ $ref: z.string() }),
]);

const operation = z.object({
  summary: z.string(),
  parameters: z.array(parameter).default([]),
  responses: z.record(z.string(), z.object({ description: z.string() })),
});

const documentShape = z.object({
  servers: z.array(z.object({ url: z.string() })).min(1),
  paths: z.record(
    z.string(),
    z.object({ get: operation.optional(), post: operation.optional() }),
  ),
});

export type EndpointDoc = {
  method: "GET" | "POST";
  url: string;
  summary: string;
  parameters: Array<{ name: string; in: string; description: string }>;
  responses: Array<{ status: string; description: string }>;
};

export function endpointDocs(document: unknown): EndpointDoc[] {
  const doc = documentShape.parse(document);
  const base = doc.servers[0]?.url ?? "";
  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const [method, op] = item.get ? (["GET", item.get] as const) : item.post ? (["POST", item.post] as const) : [];
    if (!method || !op) return [];
    return [{
      method,
      url: `${base}${path}`,
      summary: op.summary,
      parameters: op.parameters.flatMap((p) => ("name" in p ? [{ name: p.name, in: p.in, description: p.description ?? "" }] : [])),
      responses: Object.entries(op.responses).map(([status, response]) => ({ status, description: response.description })),
    }];
  });
}
