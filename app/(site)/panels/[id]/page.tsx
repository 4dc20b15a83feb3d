import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PanelActions } from "@/components/actions/panel-actions";
import { PanelView } from "@/components/panels/panel-view";
import { citable } from "@/lib/citation/citable";
import { datasetRecord, panelRecord } from "@/lib/citation/records";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";
import { resolvePanel } from "@/lib/dataset/select";
import { panelDrawings } from "@/lib/charts/markup";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { siteUrl } from "@/lib/site";
import { absolute, routes } from "@/lib/routes";
import { today } from "@/lib/today";

export const dynamicParams = false;

export function generateStaticParams() {
  return listPanels().map((panel) => ({ id: panel.id }));
}

export async function generateMetadata({ params }: PageProps<"/panels/[id]">): Promise<Metadata> {
  const panel = getPanel((await params).id);
  if (!panel) return {};
  const oembed = absolute(routes.api.oembed(absolute(routes.panel(panel.id))));
  return {
    metadataBase: new URL(siteUrl()),
    title: panel.title,
    description: panel.description,
    alternates: { types: { "application/json+oembed": oembed } },
    openGraph: { title: panel.title, description: panel.description, images: [{ url: routes.panelImage(panel.id), width: 1200, height: 630 }] },
    twitter: { card: "summary_large_image" },
  };
}

export default async function PanelPage({ params }: PageProps<"/panels/[id]">) {
  const panel = getPanel((await params).id);
  if (!panel) notFound();
  const dataset = getDataset();
  // Built once: the page's citations are dated the day of the build.
  const cite = { meta: dataset.meta, siteUrl: siteUrl(), accessed: today() };
  const resolved = resolvePanel(panel, dataset);
  return (
    <>
      <PanelView resolved={resolved} drawings={panelDrawings(panel)} recorded={listRecordedSeries()} primarySourceId={dataset.meta.primary_source} />
      <PanelActions
        panel={panel}
        siteUrl={cite.siteUrl}
        citables={{
          panel: citable("panel", "This panel", panelRecord(panel, cite, resolved.facts), { kind: "panels", id: panel.id }),
          dataset: citable("dataset", "The whole dataset", datasetRecord(cite), "dataset"),
        }}
      />
    </>
  );
}
