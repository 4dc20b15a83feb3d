"use client";
import { CartesianGrid, Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { type AxisMaps, axisScales } from "@/components/charts/chart-parts";
import { markerPath, seriesStyle } from "@/components/charts/series-style";
import type { TradeSeries } from "@/lib/chart-series";
import { compactUsd } from "@/lib/format";

// Points are drawn as plain SVG links rather than recharts <Scatter>, whose
// symbols are role="img" groups that may not hold a link.
function TradePoints({ series, below, ...maps }: AxisMaps & { series: TradeSeries[]; below: Set<string> }) {
  const scales = axisScales(maps);
  if (!scales) return null;
  const { x, y } = scales;
  return (
    <g>
      {series.map((s, index) => {
        const { color, shape } = seriesStyle(s.styleIndex);
        const line = s.points.map((p, i) => `${i === 0 ? "M" : "L"} ${x(p.year)} ${y(p.usdMillion)}`).join(" ");
        return (
          <g key={s.seriesId ?? s.points[0]?.factId ?? index} data-series={s.measure} data-series-id={s.seriesId ?? undefined}>
            {s.seriesId !== null && s.points.length > 1 && (
              <path d={line} fill="none" stroke={color} strokeDasharray="4 3" data-series-line={s.seriesId} />
            )}
            {s.points.map((p) => {
              const [cx, cy] = [x(p.year), y(p.usdMillion)];
              const label = `${p.measure}, ${p.asOf}: ${p.phrase}`;
              return (
                <a key={p.factId} href={`/facts/${p.factId}`} aria-label={label} data-point-fact={p.factId}>
                  <title>{label}</title>
                  <path d={markerPath(shape, cx, cy)} fill={color} stroke="var(--surface)" strokeWidth={1} />
                  <text x={cx + 9} y={below.has(p.factId) ? cy + 16 : cy - 8} fontSize={12} fill="var(--ink)">
                    {p.short}
                  </text>
                </a>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** Money figures over time, one marker shape and colour per thing measured. */
export function TradeChart({ id, title, series }: { id: string; title: string; series: TradeSeries[] }) {
  const points = series.flatMap((s) => s.points).sort((a, b) => a.year - b.year);
  const from = Math.floor(Math.min(...points.map((p) => p.year))) - 1;
  const to = Math.ceil(Math.max(...points.map((p) => p.year))) + 1;
  // Neighbouring points alternate their labels above and below.
  const below = new Set(points.filter((_, i) => i % 2 === 1).map((p) => p.factId));
  const top = Math.ceil(Math.max(...points.map((p) => p.usdMillion)) / 500) * 500;
  const yTicks = Array.from({ length: top / 500 + 1 }, (_, i) => i * 500);
  const xTicks = Array.from({ length: Math.floor((to - from) / 2) + 1 }, (_, i) => from + i * 2);
  return (
    <ScatterChart id={id} width={640} height={340} margin={{ top: 20, right: 80, bottom: 24, left: 8 }} title={title}>
      <CartesianGrid />
      <XAxis interval={0} type="number" dataKey="year" domain={[from, to]} ticks={xTicks} fontSize={12} name="Year" />
      <YAxis interval={0} type="number" dataKey="usdMillion" domain={[0, top]} ticks={yTicks} fontSize={12} width={56} tickFormatter={compactUsd} />
      <Customized component={<TradePoints series={series} below={below} />} />
    </ScatterChart>
  );
}
