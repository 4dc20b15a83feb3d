// Property-based: whatever a client puts in the query or the path, every
// endpoint answers 2xx, or a 4xx whose body is JSON with a message; never 5xx,
// never a throw.
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { apiEndpoints, apiPaths } from "@/lib/api/endpoints";
import { apiErrorSchema } from "@/lib/api/envelopes";
import { httpReply } from "@/lib/api/http";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});
const knownNames = ["q", "topic", "verdict", "source", "limit", "cursor", "id"];

const value = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.constantFrom("", " ", "energy", "confirmed", "article", "0", "100", "1e9", "-1", "null", "%", "\u0000", "eyJvIjoyLCJ2IjoiMi4zLjQifQ"),
);
const name = fc.oneof(fc.constantFrom(...knownNames), fc.string());
const query = fc.array(fc.tuple(name, value), { maxLength: 6 });
const id = fc.oneof(value, fc.constantFrom("oil-share", "article", "headline"));

function answer(path: (typeof apiPaths)[number], params: Array<[string, string]>, pathId: string) {
  const search = new URLSearchParams(params);
  const result = apiEndpoints[path](dataset, { id: pathId }, search);
  const reply = httpReply(result, dataset.meta.version, null);
  return { result, reply };
}

describe("every endpoint, under random input", () => {
  for (const path of apiPaths) {
    it(`${path} never answers 5xx, and every 4xx is JSON with a message`, () => {
      fc.assert(
        fc.property(query, id, (params, pathId) => {
          const { result, reply } = answer(path, params, pathId);
          expect(reply.status).toBeLessThan(500);
          if (reply.status >= 400) {
            const body = apiErrorSchema.parse(JSON.parse(reply.body ?? ""));
            expect(body.status).toBe(reply.status);
            expect(body.message.length).toBeGreaterThan(0);
            expect(body.issues.length).toBeGreaterThan(0);
          } else {
            expect(result.status).toBe(200);
          }
        }),
        { numRuns: 300 },
      );
    });
  }

  it("any limit outside 1..100 is a 400 naming limit; any inside is honoured", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: false })), (n) => {
        const { result } = answer("/facts", [["limit", String(n)]], "");
        if (Number.isInteger(n) && n >= 1 && n <= 100 && String(n) === String(Math.trunc(n))) {
          expect(result.status).toBe(200);
          expect((result.body as { data: unknown[] }).data.length).toBe(Math.min(n, 6));
        } else {
          expect(result.status).toBe(400);
          expect(apiErrorSchema.parse(result.body).issues.map((i) => i.parameter)).toContain("limit");
        }
      }),
      { numRuns: 300 },
    );
  });
});
