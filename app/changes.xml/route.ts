import { getDataset } from "@/lib/dataset/queries";
import { changesFeed } from "@/lib/history/feed";
import { listReleases } from "@/lib/history/queries";
import { absolute } from "@/lib/routes";

export const dynamic = "force-static";

export function GET() {
  return new Response(changesFeed(listReleases(), getDataset().meta.title, (path) => absolute(path)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
