// POST /check in the OpenAPI document: a client generated from it must send a
// body, and may read the answer from another origin whatever its status.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

type Post = { requestBody: { required: boolean; content: Record<string, unknown> }; responses: Record<string, { headers?: Record<string, { $ref: string }> }> };

const checkPost = () =>
  (openApiDocument({ title: "t", version: "9.9.9", published: "2026", primary_source: "s" }).paths as Record<string, { post: Post }>)["/check"]!.post;

describe("POST /check, as documented", () => {
  it("requires a JSON body", () => {
    const { requestBody } = checkPost();
    expect(requestBody.required).toBe(true);
    expect(Object.keys(requestBody.content)).toEqual(["application/json"]);
  });

  it("declares the cross-origin header on every answer, errors included", () => {
    const { responses } = checkPost();
    expect(Object.keys(responses).sort()).toEqual(["200", "400", "413"]);
    for (const [status, response] of Object.entries(responses)) {
      expect(response.headers?.["Access-Control-Allow-Origin"], status).toEqual({ $ref: "#/components/headers/AccessControlAllowOrigin" });
    }
  });
});
