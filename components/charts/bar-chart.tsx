"use client";
import { CartesianGrid, Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { hatchPattern } from "@/components/charts/chart-parts";
import { HorizontalBars, type BarRowShape } from "@/components/charts/horizontal-bars";
import type { Bar as BarRow } from "@/lib/chart-series";

const ROW = 44;

/** Horizontal percentage bars; computed bars are hatched, not solid. */
export function PercentBarChart({ id, title, rows }: { id: string; title: string; rows: BarRow[] }) {
  const shapes: BarRowShape[] = rows.map((row) => ({
    label: row.label,
    segments: [{ from: 0, to: row.value, fill: row.computed ? `url(#${id}-hatch)` : "var(--chart-1)", stroke: "var(--chart-1)" }],
    after: row.articleFigures.length > 0 ? `${row.display} (article: ${row.articleFigures.map((a) => a.phrase).join(", ")})` : row.display,
  }));
  return (
    <ScatterChart id={id} width={640} height={rows.length * ROW + 40} margin={{ top: 8, right: 190, bottom: 8, left: 208 }} title={title} role="img">
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-1)")}</defs>
      <CartesianGrid horizontal={false} />
      <XAxis interval={0} type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} />
      <YAxis type="number" dataKey="y" hide reversed domain={[-0.5, rows.length - 0.5]} />
      <Customized component={<HorizontalBars rows={shapes} barHeight={24} labelChars={26} />} />
    </ScatterChart>
  );
}
