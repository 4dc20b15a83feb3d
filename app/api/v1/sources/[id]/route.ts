import type { NextRequest } from "next/server";
import { preflight } from "@/lib/api/http";
import { serveApi } from "@/lib/api/serve";

export function GET(request: NextRequest, context: RouteContext<"/api/v1/sources/[id]">) {
  return serveApi("/sources/{id}", request, context.params);
}

export const OPTIONS = preflight;
