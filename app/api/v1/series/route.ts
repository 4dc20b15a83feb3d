import type { NextRequest } from "next/server";
import { preflight } from "@/lib/api/http";
import { serveApi } from "@/lib/api/serve";

export function GET(request: NextRequest) {
  return serveApi("/series", request);
}

export const OPTIONS = preflight;
