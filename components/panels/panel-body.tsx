import { BarPanel } from "@/components/panels/bar-panel";
import { FactList } from "@/components/panels/fact-list";
import { HeadlineCards } from "@/components/panels/headline-cards";
import { PanelFrame } from "@/components/panels/panel-frame";
import { SharePanel } from "@/components/panels/share-panel";
import { ThenNowPanel } from "@/components/panels/then-now-panel";
import { TimelinePanel } from "@/components/panels/timeline-panel";
import { TradePanel } from "@/components/panels/trade-panel";
import { RecordedTradePanel } from "@/components/recorded-trade/recorded-panel";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { pressMarks } from "@/lib/recorded-trade/press";
import { panelBodyVariants, type PanelBodyVariant } from "@/lib/chart-files";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";

function Body({ resolved, primarySourceId, compact, listLimit }: { resolved: ResolvedPanel; primarySourceId: string; compact: boolean; listLimit?: number }) {
  switch (resolved.panel.view) {
    case "headline":
      return <HeadlineCards facts={resolved.facts} />;
    case "bar":
      return <BarPanel resolved={resolved} primarySourceId={primarySourceId} compact={compact} />;
    case "share":
      return <SharePanel resolved={resolved} compact={compact} />;
    case "series":
      return <TradePanel resolved={resolved} compact={compact} />;
    case "recorded":
      return <RecordedTradePanel resolved={resolved} series={listRecordedSeries()} press={pressMarks(resolved.facts)} compact={compact} />;
    case "timeline":
      return <TimelinePanel resolved={resolved} compact={compact} />;
    case "list":
      return <FactList facts={resolved.facts} limit={listLimit} moreHref={routes.panel(resolved.panel.id)} />;
    case "then-now":
      return <ThenNowPanel resolved={resolved} />;
  }
}

/**
 * What a panel's <section> holds, drawn from its data alone (the view decides
 * the body). Rendered to HTML at build time by scripts/render-charts.tsx, so
 * it must stay static: no client components, no hooks.
 */
export function PanelBody({ resolved, primarySourceId, variant }: { resolved: ResolvedPanel; primarySourceId: string; variant: PanelBodyVariant }) {
  const { compact, listLimit, headingLevel, linkToPanelPage } = panelBodyVariants[variant];
  return (
    <PanelFrame resolved={resolved} headingLevel={headingLevel} linkToPanelPage={linkToPanelPage}>
      <Body resolved={resolved} primarySourceId={primarySourceId} compact={compact} listLimit={listLimit} />
    </PanelFrame>
  );
}
