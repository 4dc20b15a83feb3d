import { chartLayouts, type ChartLayout } from "@/lib/chart-layout";
import { chartMarkup } from "@/lib/chart-markup";

/**
 * A panel's chart as the static SVG drawn at build time, in both layouts; CSS
 * (a container query in app/globals.css) shows the one that fits the box. The
 * hidden one is display:none, so its links are out of the tab order too.
 * `compact` sends only the narrow drawing, shown at every width: the home
 * page's summaries, where each chart would otherwise cost its bytes twice over.
 */
export function StaticChart({ panelId, compact = false }: { panelId: string; compact?: boolean }) {
  const layouts: readonly ChartLayout[] = compact ? ["narrow"] : chartLayouts;
  return (
    <>
      {layouts.map((layout) => (
        <div key={layout} className={compact ? "chart-narrow chart-compact" : `chart-${layout}`} data-layout={layout} dangerouslySetInnerHTML={{ __html: chartMarkup(panelId, layout) }} />
      ))}
    </>
  );
}
