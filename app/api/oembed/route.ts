import type { NextRequest } from "next/server";
import { perQuery, uncached } from "@/lib/cache-policy.cjs";
import { getDataset } from "@/lib/dataset/queries";
import { oembed } from "@/lib/embed/oembed";
import { siteUrl } from "@/lib/site";

// The origin the client reached us at, from its Host header (request.url is
// normalised by the server and may name another host).
function requestOrigin(request: NextRequest): string | null {
  const host = request.headers.get("host");
  if (!host) return null;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}

export function GET(request: NextRequest) {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const origins = [siteUrl(), requestOrigin(request)].filter((o): o is string => o !== null);
  const { status, body } = oembed(query, getDataset(), origins);
  return Response.json(body, {
    status,
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": status === 200 ? perQuery : uncached },
  });
}
