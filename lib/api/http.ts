// HTTP around an endpoint's result: JSON, CORS for a public dataset, caching
// headers, and an ETag that changes with the dataset version and the body, so
// a conditional request gets 304.
import { createHash } from "node:crypto";
import type { ApiResult } from "@/lib/api/endpoints";
import { perQuery, uncached } from "@/lib/cache-policy.cjs";

export type HttpReply = { status: number; headers: Record<string, string>; body: string | null };

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag",
} as const;

const successCacheControl = perQuery;

export function etagFor(version: string, body: string | Uint8Array): string {
  const digest = createHash("sha256").update(body).digest("base64url").slice(0, 22);
  return `"${version}-${digest}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

export function httpReply(result: ApiResult, version: string, ifNoneMatch: string | null): HttpReply {
  const body = JSON.stringify(result.body);
  const json = { "Content-Type": "application/json; charset=utf-8" };
  if (result.status !== 200) {
    return { status: result.status, headers: { ...corsHeaders, ...json, "Cache-Control": uncached }, body };
  }
  const etag = etagFor(version, body);
  const headers = { ...corsHeaders, "Cache-Control": successCacheControl, ETag: etag };
  if (matchesEtag(ifNoneMatch, etag)) return { status: 304, headers, body: null };
  return { status: 200, headers: { ...headers, ...json }, body };
}

export function toResponse(reply: HttpReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}

/** The answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...corsHeaders, "Access-Control-Max-Age": "86400" } });
}
