"use client";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";
import { barLabel, hatchPattern, wrappedTick } from "@/components/charts/chart-parts";
import type { Bar as BarRow } from "@/lib/chart-series";

const WIDTH = 640;
const ROW = 44;

/** Horizontal percentage bars; computed bars are hatched, not solid. */
export function PercentBarChart({ id, title, rows }: { id: string; title: string; rows: BarRow[] }) {
  const data = rows.map((row) => ({
    ...row,
    label: row.label,
    text: row.articleFigures.length > 0 ? `${row.display} (article: ${row.articleFigures.map((a) => a.phrase).join(", ")})` : row.display,
  }));
  return (
    <BarChart
      id={id}
      width={WIDTH}
      height={rows.length * ROW + 40}
      data={data}
      layout="vertical"
      margin={{ top: 8, right: 190, bottom: 8, left: 8 }}
      title={title}
      role="img"
    >
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-1)")}</defs>
      <CartesianGrid horizontal={false} />
      <XAxis interval={0} type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} />
      <YAxis type="category" dataKey="label" width={200} interval={0} tick={wrappedTick(26)} />
      <Bar dataKey="value" isAnimationActive={false} barSize={24}>
        {data.map((row) => (
          <Cell key={row.label} fill={row.computed ? `url(#${id}-hatch)` : "var(--chart-1)"} stroke="var(--chart-1)" />
        ))}
        <LabelList dataKey="text" content={barLabel("right")} />
      </Bar>
    </BarChart>
  );
}
