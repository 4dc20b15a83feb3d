import { BarPanel } from "@/components/panels/bar-panel";
import { FactList } from "@/components/panels/fact-list";
import { HeadlineCards } from "@/components/panels/headline-cards";
import { PanelFrame } from "@/components/panels/panel-frame";
import { SharePanel } from "@/components/panels/share-panel";
import { ThenNowPanel } from "@/components/panels/then-now-panel";
import { TimelinePanel } from "@/components/panels/timeline-panel";
import { TradePanel } from "@/components/panels/trade-panel";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";

function Body({ resolved, primarySourceId, listLimit, compact }: { resolved: ResolvedPanel; primarySourceId: string; listLimit?: number; compact: boolean }) {
  switch (resolved.panel.view) {
    case "headline":
      return <HeadlineCards facts={resolved.facts} />;
    case "bar":
      return <BarPanel resolved={resolved} primarySourceId={primarySourceId} compact={compact} />;
    case "share":
      return <SharePanel resolved={resolved} compact={compact} />;
    case "series":
      return <TradePanel resolved={resolved} compact={compact} />;
    case "timeline":
      return <TimelinePanel resolved={resolved} compact={compact} />;
    case "list":
      return <FactList facts={resolved.facts} limit={listLimit} moreHref={routes.panel(resolved.panel.id)} />;
    case "then-now":
      return <ThenNowPanel resolved={resolved} />;
  }
}

/** Any panel, drawn from its data alone: the view decides the body. */
export function PanelView({
  resolved,
  primarySourceId,
  headingLevel = 2,
  linkToPanelPage = false,
  listLimit,
  compactCharts = false,
}: {
  resolved: ResolvedPanel;
  primarySourceId: string;
  headingLevel?: 1 | 2;
  linkToPanelPage?: boolean;
  /** Lists longer than this show their first items and a link to the rest. */
  listLimit?: number;
  /** Charts in their narrow drawing only (see ChartFrame): for summaries. */
  compactCharts?: boolean;
}) {
  return (
    <PanelFrame resolved={resolved} headingLevel={headingLevel} linkToPanelPage={linkToPanelPage}>
      <Body resolved={resolved} primarySourceId={primarySourceId} listLimit={listLimit} compact={compactCharts} />
    </PanelFrame>
  );
}
