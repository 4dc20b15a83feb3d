import { chartLayouts } from "@/lib/chart-layout";
import { chartMarkup } from "@/lib/chart-markup";

/**
 * A panel's chart as the static SVG drawn at build time, in both layouts; CSS
 * (a container query in app/globals.css) shows the one that fits the box. The
 * hidden one is display:none, so its links are out of the tab order too.
 */
export function StaticChart({ panelId }: { panelId: string }) {
  return (
    <>
      {chartLayouts.map((layout) => (
        <div key={layout} className={`chart-${layout}`} data-layout={layout} dangerouslySetInnerHTML={{ __html: chartMarkup(panelId, layout) }} />
      ))}
    </>
  );
}
