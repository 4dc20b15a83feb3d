import { ImageResponse } from "next/og";
import { statisticsLine } from "@/lib/recorded-trade/data";
import { PanelImage } from "@/components/panels/panel-image";
import { etagFor } from "@/lib/api/http";
import { toPalettePng } from "@/lib/charts/png-palette";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";
import { resolvePanel } from "@/lib/dataset/select";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listPanels().map((panel) => ({ id: panel.id }));
}

export async function GET(_request: Request, { params }: RouteContext<"/panels/[id]/image.png">) {
  const panel = getPanel((await params).id);
  if (!panel) return new Response("Not found", { status: 404 });
  const dataset = getDataset();
  const image = new ImageResponse(<PanelImage resolved={resolvePanel(panel, dataset)} version={dataset.meta.version} statistics={statisticsLine(panel.view)} />, {
    width: 1200,
    height: 630,
  });
  // Drawn once, at build time; the ETag lets caches revalidate it (Cache-Control is in next.config.js).
  const png = await toPalettePng(new Uint8Array(await image.arrayBuffer()));
  return new Response(png, { headers: { "Content-Type": "image/png", ETag: etagFor(dataset.meta.version, png) } });
}
