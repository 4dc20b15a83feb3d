import { PanelBody } from "@/components/panels/panel-body";
import type { ChartDrawings } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";

/**
 * Any panel, as a server component: a <section> with its body
 * (components/panels/panel-body.tsx). `summary` is the home page's cut (h2,
 * narrow charts, short lists, a link to the panel page); otherwise the whole
 * panel under an h1. The page reads the chart drawings and passes them in.
 */
export function PanelView({
  resolved,
  drawings,
  recorded = [],
  primarySourceId,
  summary = false,
}: {
  resolved: ResolvedPanel;
  drawings: ChartDrawings | null;
  recorded?: RecordedSeriesView[];
  primarySourceId: string;
  summary?: boolean;
}) {
  const { id } = resolved.panel;
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-panel-id={id} data-view={resolved.panel.view} className="panel-card">
      <PanelBody resolved={resolved} drawings={drawings} recorded={recorded} primarySourceId={primarySourceId} variant={summary ? "summary" : "full"} />
    </section>
  );
}
