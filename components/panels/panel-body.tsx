import { BarPanel } from "@/components/panels/bar-panel";
import { FactList } from "@/components/panels/fact-list";
import { HeadlineCards } from "@/components/panels/headline-cards";
import { PanelFrame } from "@/components/panels/panel-frame";
import { SharePanel } from "@/components/panels/share-panel";
import { ThenNowPanel } from "@/components/panels/then-now-panel";
import { TimelinePanel } from "@/components/panels/timeline-panel";
import { TradePanel } from "@/components/panels/trade-panel";
import type { ChartDrawings } from "@/lib/charts/layout";
import { RecordedTradePanel } from "@/components/recorded-trade/recorded-panel";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import { pressMarks } from "@/lib/recorded-trade/press";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";

/**
 * The two cuts of a panel. "summary" is the home page's: charts in their
 * narrow drawing only, lists cut short and the sources named briefly, each
 * linking to the panel's page. "full" is the panel's own page and its embed.
 */
const panelBodyVariants = {
  summary: { compact: true, listLimit: 3, headingLevel: 2, linkToPanelPage: true },
  full: { compact: false, listLimit: undefined, headingLevel: 1, linkToPanelPage: false },
} as const;
type PanelBodyVariant = keyof typeof panelBodyVariants;

type BodyProps = { resolved: ResolvedPanel; drawings: ChartDrawings | null; recorded: RecordedSeriesView[]; primarySourceId: string; compact: boolean; listLimit?: number };

function Body({ resolved, drawings, recorded, primarySourceId, compact, listLimit }: BodyProps) {
  const { panel } = resolved;
  const chart = () => {
    if (!drawings) throw new Error(`panel ${panel.id}: a ${panel.view} view needs its chart drawings (lib/charts/markup.ts panelDrawings)`);
    return drawings;
  };
  switch (panel.view) {
    case "headline":
      return <HeadlineCards facts={resolved.facts} />;
    case "bar":
      return <BarPanel resolved={resolved} drawings={chart()} primarySourceId={primarySourceId} compact={compact} />;
    case "share":
      return <SharePanel resolved={resolved} drawings={chart()} compact={compact} />;
    case "series":
      return <TradePanel resolved={resolved} drawings={chart()} compact={compact} />;
    case "recorded":
      return <RecordedTradePanel resolved={resolved} drawings={chart()} series={recorded} press={pressMarks(resolved.facts)} compact={compact} />;
    case "timeline":
      return <TimelinePanel resolved={resolved} drawings={chart()} compact={compact} />;
    case "list":
      return <FactList facts={resolved.facts} limit={listLimit} moreHref={routes.panel(panel.id)} />;
    case "then-now":
      return <ThenNowPanel resolved={resolved} recorded={recorded} />;
  }
}

/** What a panel's <section> holds, drawn from its data alone (the view decides the body). */
export function PanelBody({
  resolved,
  drawings,
  recorded = [],
  primarySourceId,
  variant,
}: {
  resolved: ResolvedPanel;
  drawings: ChartDrawings | null;
  /** The recorded series a "recorded" panel shows; the page reads them (lib/recorded-trade/data.ts) and passes them in. */
  recorded?: RecordedSeriesView[];
  primarySourceId: string;
  variant: PanelBodyVariant;
}) {
  const { compact, listLimit, headingLevel, linkToPanelPage } = panelBodyVariants[variant];
  return (
    <PanelFrame resolved={resolved} headingLevel={headingLevel} linkToPanelPage={linkToPanelPage}>
      <Body resolved={resolved} drawings={drawings} recorded={recorded} primarySourceId={primarySourceId} compact={compact} listLimit={listLimit} />
    </PanelFrame>
  );
}
