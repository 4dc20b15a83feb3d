// Pieces every chart shares. Charts are drawn once, at build time, by
// scripts/render-charts.tsx; nothing here runs in the browser.
import { FONT, LINE, layoutSpec, tipLines, wrapWords, type ChartLayout } from "@/lib/charts/layout";

/**
 * An SVG pattern for values that are unknown or computed rather than reported.
 * Recharts only keeps children it knows, so charts place this inside their own
 * <defs>: `<defs>{hatchPattern(id, colour)}</defs>`.
 */
export function hatchPattern(id: string, color: string) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="var(--surface)" />
      <path d="M0 0v8" stroke={color} strokeWidth="3" />
    </pattern>
  );
}

type Scale = (value: number) => number;
export type AxisMaps = { xAxisMap?: Record<string, { scale?: Scale }>; yAxisMap?: Record<string, { scale?: Scale }> };

/** The x and y scales recharts hands a <Customized> layer, once it has laid out its axes. */
export function axisScales({ xAxisMap, yAxisMap }: AxisMaps): { x: Scale; y: Scale } | null {
  const x = Object.values(xAxisMap ?? {})[0]?.scale;
  const y = Object.values(yAxisMap ?? {})[0]?.scale;
  return x && y ? { x, y } : null;
}

/** Axis props that give ticks the page's ink and legible size, at either layout. */
export const axisStyle = { fontSize: FONT, tick: { fill: "var(--ink)" }, tickLine: false, stroke: "var(--muted)" } as const;

function TipText({ lines, className }: { lines: string[]; className: string }) {
  return (
    <text className={className} x={4} y={LINE - 2} fontSize={FONT} fill="var(--ink)">
      {lines.map((line, i) => (
        <tspan key={i} x={4} dy={i === 0 ? 0 : LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * A data mark as a link to its fact. Its value, date and verdict show in the
 * band above the plot while it is hovered or focused (CSS in app/globals.css,
 * no script); the <title> gives the same words as the link's name and as a
 * native tooltip. The band is empty otherwise, so a tip never hides a mark.
 */
export function MarkLink({ href, parts, layout, pointFact, children }: { href: string; parts: string[]; layout: ChartLayout; pointFact?: string; children: React.ReactNode }) {
  return (
    <a href={href} className="chart-mark" data-point-fact={pointFact}>
      <title>{parts.filter(Boolean).join(" · ")}</title>
      {children}
      <TipText className="chart-tip" lines={tipLines(parts, layout)} />
    </a>
  );
}

/** What the tip band says while no mark is hovered or focused. */
export function TipHint({ size }: { size: ChartLayout }) {
  const hint = size === "wide" ? "Hover over or focus (Tab) a mark to see its value, date and verdict here." : "Focus a mark (Tab) to see its value, date and verdict here; the table below lists them all.";
  return <TipText className="chart-tip-hint" lines={tipLines([hint], size)} />;
}

/**
 * What a chart shows when it has nothing to draw, instead of an empty grid:
 * the check of data/ refuses such a panel (lib/dataset/view-rules.ts), so this
 * is seen only if a view and its facts drift apart.
 */
export function EmptyChart({ id, title, layout, missing }: { id: string; title: string; layout: ChartLayout; missing: string }) {
  const { width, tipChars } = layoutSpec[layout];
  const lines = ["No data available.", ...wrapWords(`None of this panel’s facts has ${missing} to draw.`, tipChars)];
  const height = (lines.length + 1) * LINE + 16;
  return (
    <svg id={id} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: ${lines.join(" ")}`} data-empty-chart>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} fill="none" stroke="var(--rule)" />
      <text x={width / 2} y={LINE + 8} textAnchor="middle" fontSize={FONT} fill="var(--muted)">
        {lines.map((line, i) => (
          <tspan key={i} x={width / 2} dy={i === 0 ? 0 : LINE} fontWeight={i === 0 ? "bold" : undefined}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
