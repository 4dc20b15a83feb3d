// Runs only where it must (see `config.matcher`), since it costs every request
// it sees:
// 1. Addresses Next.js cannot decode get a 404 (JSON for the API) instead of
//    its 500 (vercel/next.js#92527).
// 2. Pages rendered per request (the fact explorer, the text checker) get a fresh nonce in their
//    Content-Security-Policy, which Next applies to its scripts. Prerendered
//    pages, which run no inline script, get a static one from next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { malformedPathError } from "@/lib/api/errors";
import { contentSecurityPolicy } from "@/lib/csp.cjs";
import { isMalformedPath } from "@/lib/malformed-path";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname) && pathname.startsWith("/api/")) {
    return NextResponse.json(malformedPathError, {
      status: 404,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, framing: "none" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = isMalformedPath(pathname)
    ? NextResponse.rewrite(new URL("/address-that-does-not-decode", request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // The explorer and the text checker (rendered per request) and any address holding a percent sign.
  matcher: ["/facts", "/check", "/(.*%.*)"],
};
