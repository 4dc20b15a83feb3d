import { ImageResponse } from "next/og";
import { PanelImage } from "@/components/panels/panel-image";
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
  return new ImageResponse(<PanelImage resolved={resolvePanel(panel, dataset)} version={dataset.meta.version} />, {
    width: 1200,
    height: 630,
  });
}
