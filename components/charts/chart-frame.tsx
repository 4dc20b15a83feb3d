import { chartLayouts, type ChartDrawings, type ChartLayout } from "@/lib/charts/layout";

/**
 * The panel's chart as the static SVG drawn at build time (the page reads it and passes it down), in both layouts; CSS
 * (a container query in app/globals.css) shows the one that fits the box. The
 * hidden one is display:none, so its links are out of the tab order too.
 * `compact` sends only the narrow drawing, shown at every width: the home
 * page's summaries, where each chart would otherwise cost its bytes twice over.
 */
function StaticChart({ drawings, compact }: { drawings: ChartDrawings; compact: boolean }) {
  const layouts: readonly ChartLayout[] = compact ? ["narrow"] : chartLayouts;
  return (
    <>
      {layouts.map((layout) => (
        <div key={layout} className={compact ? "chart-narrow chart-compact" : `chart-${layout}`} data-layout={layout} dangerouslySetInnerHTML={{ __html: drawings[layout] }} />
      ))}
    </>
  );
}

/**
 * The one frame of every chart panel: the static chart (and what reads with it,
 * such as a legend), a caption naming what it shows and whose figures they are
 * (built in lib/display/captions.ts), and, after the figure (a <figcaption>
 * must be its first or last child), a table of the same numbers, reachable by
 * keyboard and screen reader (and by print).
 */
export function ChartFrame({
  panelId,
  drawings,
  compact = false,
  caption,
  table,
  children,
}: {
  panelId: string;
  drawings: ChartDrawings;
  compact?: boolean;
  caption: string;
  table: React.ReactNode;
  /** Shown under the chart, inside the figure: a legend, figures the axis cannot place. */
  children?: React.ReactNode;
}) {
  return (
    <div>
      <figure>
        <div className="chart" data-chart={panelId}>
          <StaticChart drawings={drawings} compact={compact} />
          {children}
        </div>
        <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
      </figure>
      <details className="chart-table mt-3" data-table-for={panelId}>
        <summary className="min-h-6 cursor-pointer py-0.5 text-sm font-medium">Show the numbers as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </div>
  );
}
