import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedSourceLine } from "@/components/embed/embed-source-line";
import { PanelView } from "@/components/panels/panel-view";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";
import { resolvePanel } from "@/lib/dataset/select";
import { panelDrawings } from "@/lib/charts/markup";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { absolute, routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return listPanels().map((panel) => ({ id: panel.id }));
}

export async function generateMetadata({ params }: PageProps<"/embed/[id]">): Promise<Metadata> {
  const panel = getPanel((await params).id);
  // The panel page is the one to index; the embed points search engines to it.
  return panel ? { title: panel.title, description: panel.description, alternates: { canonical: absolute(routes.panel(panel.id)) } } : {};
}

export default async function EmbedPage({ params }: PageProps<"/embed/[id]">) {
  const panel = getPanel((await params).id);
  if (!panel) notFound();
  const dataset = getDataset();
  const resolved = resolvePanel(panel, dataset);
  return (
    <>
      <PanelView resolved={resolved} drawings={panelDrawings(panel)} recorded={listRecordedSeries()} primarySourceId={dataset.meta.primary_source} />
      <EmbedSourceLine resolved={resolved} version={dataset.meta.version} />
    </>
  );
}
