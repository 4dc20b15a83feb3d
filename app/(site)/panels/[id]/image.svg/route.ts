import { etagFor } from "@/lib/api/http";
import { chartMarkup } from "@/lib/charts/markup";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listPanels().map((panel) => ({ id: panel.id }));
}

/** The panel as a standalone SVG, drawn at build time by scripts/render-charts.tsx. */
export async function GET(_request: Request, { params }: RouteContext<"/panels/[id]/image.svg">) {
  const panel = getPanel((await params).id);
  if (!panel) return new Response("No panel has this id.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  // Drawn once, at build time, like the PNG: the ETag lets caches revalidate it (Cache-Control is in next.config.js).
  const svg = chartMarkup(panel.id, "download");
  const version = getDataset().meta.version;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      ETag: etagFor(version, svg),
      "X-Dataset-Version": version,
      // Opened on its own, the file may style itself (its <style>) but run nothing.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
