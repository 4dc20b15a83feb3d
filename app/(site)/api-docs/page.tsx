import type { Metadata } from "next";
import { ApiEndpointDoc } from "@/components/open-data/api-endpoint-doc";
import { apiEndpoints } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { endpointDocs } from "@/lib/api/docs";
import { getDataset } from "@/lib/dataset/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "API docs",
  description: "A read-only JSON API over every fact, source and panel, with filters, search, pagination and documented errors.",
};

export default function ApiDocsPage() {
  const dataset = getDataset();
  const endpoints = endpointDocs(openApiDocument(dataset.meta));
  // A real answer of the API, so the example cannot go stale.
  const example = apiEndpoints["/facts"](dataset, {}, new URLSearchParams("limit=0"));
  return (
    <>
      <h1 className="text-3xl font-bold">API docs</h1>
      <p className="mt-2 max-w-prose">
        A read-only JSON API over the whole dataset. Responses are public (<code>Access-Control-Allow-Origin: *</code>),
        cacheable, and carry an <code>ETag</code> that changes with the dataset version: send it back in{" "}
        <code>If-None-Match</code> and an unchanged answer is a bodiless 304. The machine-readable description is the{" "}
        <a href={routes.api.openapi()}>OpenAPI 3.1 document</a>.
      </p>
      <h2 className="mt-8 text-2xl font-bold">Errors</h2>
      <p className="mt-2 max-w-prose">
        A query parameter that is unknown, repeated or out of range gets a 400, and an unknown id a 404, each with a JSON
        body naming the parameter and what it accepts. For <code>/api/v1/facts?limit=0</code>:
      </p>
      <pre className="mt-2 whitespace-pre-wrap break-words rounded border border-rule bg-surface p-3 text-sm">{JSON.stringify(example.body, null, 2)}</pre>
      <h2 className="mt-8 text-2xl font-bold">Endpoints</h2>
      {endpoints.map((endpoint) => (
        <ApiEndpointDoc key={endpoint.url} endpoint={endpoint} />
      ))}
    </>
  );
}
