import { describe, expect, it } from "vitest";
import type { ApiResult } from "@/lib/api/endpoints";
import { corsHeaders, etagFor, httpReply, matchesEtag, preflight, toResponse } from "@/lib/api/http";

const ok: ApiResult = { status: 200, body: { version: "1.0.0", data: [1, 2] } };
const bad: ApiResult = { status: 400, body: { status: 400, error: "invalid_query", message: "limit: no.", issues: [] } };

describe("httpReply", () => {
  it("sends JSON that is public, cacheable and tagged", () => {
    const reply = httpReply(ok, "1.0.0", null);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body ?? "")).toEqual(ok.body);
    expect(reply.headers["Access-Control-Allow-Origin"]).toBe("*");
    expect(reply.headers["Cache-Control"]).toMatch(/public, max-age=\d+/);
    expect(reply.headers["Content-Type"]).toBe("application/json; charset=utf-8");
    // The version, then 22 base64url characters (132 bits) of the body's SHA-256: short, and unique enough.
    expect(reply.headers.ETag).toMatch(/^"1\.0\.0-[A-Za-z0-9_-]{22}"$/);
  });

  it("changes the ETag with the dataset version, and with the body", () => {
    const a = httpReply(ok, "1.0.0", null).headers.ETag;
    expect(httpReply(ok, "1.0.1", null).headers.ETag).not.toBe(a);
    expect(httpReply({ status: 200, body: { version: "1.0.0", data: [1] } }, "1.0.0", null).headers.ETag).not.toBe(a);
    expect(httpReply(ok, "1.0.0", null).headers.ETag).toBe(a);
  });

  it("answers a matching If-None-Match with a bodiless 304 that keeps the ETag", () => {
    const etag = httpReply(ok, "1.0.0", null).headers.ETag ?? "";
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*", '"other", *']) {
      const reply = httpReply(ok, "1.0.0", header);
      expect(reply.status, header).toBe(304);
      expect(reply.body).toBeNull();
      expect(reply.headers.ETag).toBe(etag);
    }
    // A tag from the previous version is stale.
    expect(httpReply(ok, "1.0.1", etag).status).toBe(200);
  });

  it("never caches errors and never tags them, but lets any origin read them", () => {
    const reply = httpReply(bad, "1.0.0", "*");
    expect(reply.status).toBe(400);
    expect(reply.headers["Cache-Control"]).toBe("no-store");
    expect(reply.headers.ETag).toBeUndefined();
    expect(reply.headers["Access-Control-Allow-Origin"]).toBe("*");
    expect(JSON.parse(reply.body ?? "").message).toBe("limit: no.");
  });
});

describe("matchesEtag", () => {
  it("compares weakly and ignores unrelated tags", () => {
    expect(matchesEtag('"a"', '"a"')).toBe(true);
    expect(matchesEtag('W/"a"', '"a"')).toBe(true);
    expect(matchesEtag('"b", "c"', '"a"')).toBe(false);
    expect(matchesEtag(null, '"a"')).toBe(false);
    expect(matchesEtag("", '"a"')).toBe(false);
    expect(etagFor("1.0.0", "x")).not.toBe(etagFor("1.0.0", "y"));
  });
});

describe("responses", () => {
  it("carry the reply's status, headers and body", async () => {
    const response = toResponse(httpReply(ok, "1.0.0", null));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual(ok.body);
  });

  it("answer a CORS preflight with 204, the CORS headers and a day's max-age", () => {
    const response = preflight();
    expect(response.status).toBe(204);
    for (const [name, value] of Object.entries(corsHeaders)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get("access-control-max-age")).toBe("86400");
  });
});
