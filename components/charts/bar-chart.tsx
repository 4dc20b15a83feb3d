import { CartesianGrid, Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { axisStyle, hatchPattern, TipHint } from "@/components/charts/chart-parts";
import { HorizontalBars, narrowRowHeight, type BarRowShape } from "@/components/charts/horizontal-bars";
import { layoutSpec, tipBandHeight, type ChartLayout } from "@/lib/charts/layout";
import type { Bar as BarRow } from "@/lib/charts/series";
import { routes } from "@/lib/routes";

const ROW = 44;
const NARROW_CHARS = 40;

/** Horizontal percentage bars; computed bars are hatched, not solid. */
export function PercentBarChart({ id, title, rows, describe, layout }: { id: string; title: string; rows: BarRow[]; describe: (factId: string) => string[]; layout: ChartLayout }) {
  const shapes: BarRowShape[] = rows.map((row) => ({
    label: row.label,
    segments: [{ from: 0, to: row.value, fill: row.computed ? `url(#${id}-hatch)` : "var(--chart-1)", stroke: "var(--chart-1)" }],
    after: row.articleFigures.length > 0 ? `${row.display} (article: ${row.articleFigures.map((a) => a.phrase).join(", ")})` : row.display,
    link: row.factId ? { href: routes.fact(row.factId), parts: [...describe(row.factId), row.label] } : undefined,
  }));
  const wide = layout === "wide";
  const rowHeight = wide ? ROW : narrowRowHeight(shapes, NARROW_CHARS, 20);
  const band = tipBandHeight(layout);
  const margin = wide ? { top: band, right: 190, bottom: 8, left: 208 } : { top: band, right: 14, bottom: 8, left: 4 };
  return (
    <ScatterChart id={id} width={layoutSpec[layout].width} height={rows.length * rowHeight + 40 + band} margin={margin} title={title}>
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-1)")}</defs>
      <Customized component={<TipHint size={layout} />} />
      <CartesianGrid horizontal={false} stroke="var(--rule)" />
      <XAxis interval={0} type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisStyle} />
      <YAxis type="number" dataKey="y" hide reversed domain={[-0.5, rows.length - 0.5]} />
      <Customized component={<HorizontalBars rows={shapes} barHeight={wide ? 24 : 20} labelChars={wide ? 26 : NARROW_CHARS} size={layout} rowHeight={rowHeight} />} />
    </ScatterChart>
  );
}
