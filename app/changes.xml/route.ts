import { getDataset } from "@/lib/dataset/queries";
import { changesFeed } from "@/lib/history/feed";
import { listReleases } from "@/lib/history/queries";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export function GET() {
  return new Response(changesFeed(listReleases(), getDataset().meta.title, absoluteUrl), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
