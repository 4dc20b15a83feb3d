import { NextResponse, type NextRequest } from "next/server";
import { isMalformedPath, malformedPathError } from "@/lib/malformed-path";

/** Addresses Next.js cannot decode get a 404 (JSON for the API) instead of its 500. */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isMalformedPath(pathname)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(malformedPathError, { status: 404, headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" } });
  }
  return NextResponse.rewrite(new URL("/address-that-does-not-decode", request.url));
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
