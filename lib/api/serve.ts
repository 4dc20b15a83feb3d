// The one function every /api/v1 route handler calls.
import "server-only";
import type { NextRequest } from "next/server";
import { apiEndpoints, type ApiPath } from "@/lib/api/endpoints";
import { httpReply, toResponse } from "@/lib/api/http";
import { getDataset } from "@/lib/dataset/queries";
import { listReleases } from "@/lib/history/queries";

export async function serveApi(path: ApiPath, request: NextRequest, params?: Promise<Record<string, string>>): Promise<Response> {
  const dataset = getDataset();
  const result = apiEndpoints[path](dataset, params ? await params : {}, request.nextUrl.searchParams, listReleases());
  return toResponse(httpReply(result, dataset.meta.version, request.headers.get("if-none-match")));
}
