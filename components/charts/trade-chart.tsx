import { CartesianGrid, Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { type AxisMaps, axisScales, axisStyle, MarkLink, TipHint } from "@/components/charts/chart-parts";
import { markerPath, seriesStyle } from "@/components/charts/series-style";
import { FONT, layoutSpec, tipBandHeight, type ChartLayout } from "@/lib/charts/layout";
import type { TradePoint, TradeSeries } from "@/lib/charts/series";
import { placePointLabels } from "@/lib/charts/labels";
import { compactUsd } from "@/lib/display/format";
import { routes } from "@/lib/routes";

// `size`, not `layout`: <Customized> passes recharts' own `layout` prop too.
// `points`: every series' points, by year (the order their labels are placed in).
type Props = { series: TradeSeries[]; points: TradePoint[]; height: number; describe: (factId: string) => string[]; size: ChartLayout };

// Points are drawn as plain SVG links rather than recharts <Scatter>, whose
// symbols are role="img" groups that may not hold a link.
function TradePoints({ series, points, height, describe, size, ...maps }: AxisMaps & Props) {
  const scales = axisScales(maps);
  if (!scales) return null;
  const { x, y } = scales;
  const labels = placePointLabels(
    points.map((p) => ({ id: p.factId, cx: x(p.year), cy: y(p.usdMillion), text: p.short })),
    FONT,
    { width: layoutSpec[size].width, height },
  );
  return (
    <g>
      {series.map((s, index) => {
        const { color, shape } = seriesStyle(s.styleIndex);
        const line = s.points.map((p, i) => `${i === 0 ? "M" : "L"} ${x(p.year)} ${y(p.usdMillion)}`).join(" ");
        return (
          <g key={s.seriesId ?? s.points[0]?.factId ?? index} data-series={s.measure} data-series-id={s.seriesId ?? undefined}>
            {/* Only points the data declares one series are joined by a line. */}
            {s.seriesId !== null && s.points.length > 1 && (
              <path d={line} fill="none" stroke={color} strokeDasharray="4 3" data-series-line={s.seriesId} />
            )}
            {s.points.map((p) => {
              const [cx, cy] = [x(p.year), y(p.usdMillion)];
              const label = labels.get(p.factId)!;
              return (
                <MarkLink key={p.factId} href={routes.fact(p.factId)} parts={[...describe(p.factId), p.measure]} layout={size} pointFact={p.factId}>
                  <path d={markerPath(shape, cx, cy)} fill={color} stroke="var(--surface)" strokeWidth={1} />
                  <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={FONT} fill="var(--ink)">
                    {p.short}
                  </text>
                </MarkLink>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** Money figures over time, one marker shape and colour per thing measured. */
export function TradeChart({ id, title, series, describe, layout }: { id: string; title: string; series: TradeSeries[]; describe: (factId: string) => string[]; layout: ChartLayout }) {
  const wide = layout === "wide";
  const points = series.flatMap((s) => s.points).sort((a, b) => a.year - b.year);
  const from = Math.floor(Math.min(...points.map((p) => p.year))) - 1;
  const to = Math.ceil(Math.max(...points.map((p) => p.year))) + (wide ? 1 : 3);
  const top = Math.ceil(Math.max(...points.map((p) => p.usdMillion)) / 500) * 500;
  const yTicks = Array.from({ length: top / 500 + 1 }, (_, i) => i * 500);
  const step = wide ? 2 : 4;
  const xTicks = Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
  const band = tipBandHeight(layout);
  const height = band + (wide ? 320 : 300);
  return (
    <ScatterChart
      id={id}
      width={layoutSpec[layout].width}
      height={height}
      margin={{ top: band + 20, right: wide ? 80 : 12, bottom: 8, left: 4 }}
      title={title}
    >
      <Customized component={<TipHint size={layout} />} />
      <CartesianGrid stroke="var(--rule)" />
      <XAxis interval={0} type="number" dataKey="year" domain={[from, to]} ticks={xTicks} {...axisStyle} />
      <YAxis interval={0} type="number" dataKey="usdMillion" domain={[0, top]} ticks={yTicks} width={wide ? 60 : 56} tickFormatter={compactUsd} {...axisStyle} />
      <Customized component={<TradePoints series={series} points={points} height={height} describe={describe} size={layout} />} />
    </ScatterChart>
  );
}
