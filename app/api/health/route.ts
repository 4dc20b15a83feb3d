import { uncached } from "@/lib/cache-policy.cjs";
import { buildId } from "@/lib/build-id";
import { getDataset } from "@/lib/dataset/queries";

// For load balancers: answered by this instance, now, never from a cache.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(
    { status: "ok", dataset: { version: getDataset().meta.version }, build: buildId() },
    { headers: { "Cache-Control": uncached } },
  );
}
