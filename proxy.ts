// In front of every request but static chunks:
// 1. Addresses Next.js cannot decode get a 404 (JSON for the API) instead of
//    its 500 (vercel/next.js#92527).
// 2. Each response gets its Content-Security-Policy. Prerendered pages get the
//    hashes of their own inline scripts (from <distDir>/csp-hashes.json,
//    written after the build), so they stay static; anything rendered per
//    request gets a fresh nonce, which Next applies to its scripts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isEmbedPath } from "@/lib/csp";
import { isMalformedPath, malformedPathError } from "@/lib/malformed-path";

let manifest: Record<string, string[]> | null = null;
function hashesFor(pathname: string): string[] | undefined {
  if (!manifest) {
    try {
      const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "csp-hashes.json");
      manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
    } catch {
      manifest = {};
    }
  }
  return manifest[pathname];
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const framing = isEmbedPath(pathname) ? "any" : "none";

  if (isMalformedPath(pathname) && pathname.startsWith("/api/")) {
    return NextResponse.json(malformedPathError, {
      status: 404,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store", "Content-Security-Policy": contentSecurityPolicy({ framing }) },
    });
  }

  const hashes = isMalformedPath(pathname) ? undefined : hashesFor(pathname);
  if (hashes) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes, framing }));
    return response;
  }

  // Rendered per request (or a 404): a nonce for Next's scripts, plus the
  // not-found page's hashes in case the answer is the prerendered 404.
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, hashes: hashesFor("/_not-found") ?? [], framing });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const response = isMalformedPath(pathname)
    ? NextResponse.rewrite(new URL("/address-that-does-not-decode", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Static chunks are scripts and styles themselves; they need no policy of their own.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
