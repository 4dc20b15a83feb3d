import { Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { type AxisMaps, axisScales, axisStyle, MarkLink, TipHint } from "@/components/charts/chart-parts";
import { layoutSpec, tipBandHeight, type ChartLayout } from "@/lib/charts/layout";
import type { TimelineEvent } from "@/lib/charts/series";
import { routes } from "@/lib/routes";

type Dot = TimelineEvent & { lane: number };

// Events closer than `gap` years stack upwards instead of hiding each other.
function withLanes(events: TimelineEvent[], gap: number): Dot[] {
  const dots: Dot[] = [];
  for (const event of events) {
    const near = dots.filter((d) => event.year - d.year < gap);
    const taken = new Set(near.map((d) => d.lane));
    let lane = 0;
    while (taken.has(lane)) lane++;
    dots.push({ ...event, lane });
  }
  return dots;
}

function Dots({ dots, describe, size, ...maps }: AxisMaps & { dots: Dot[]; describe: (factId: string) => string[]; size: ChartLayout }) {
  const scales = axisScales(maps);
  if (!scales) return null;
  return (
    <g>
      {dots.map((dot) => (
        <MarkLink key={dot.factId} href={routes.fact(dot.factId)} parts={describe(dot.factId)} layout={size}>
          <circle cx={scales.x(dot.year)} cy={scales.y(dot.lane)} r={6} fill="var(--chart-1)" stroke="var(--surface)" strokeWidth={1.5} />
        </MarkLink>
      ))}
    </g>
  );
}

/** A strip of events on a time axis; the list beside it carries the words. */
export function TimelineChart({ id, title, events, describe, layout }: { id: string; title: string; events: TimelineEvent[]; describe: (factId: string) => string[]; layout: ChartLayout }) {
  const wide = layout === "wide";
  // Half the width means dots twice as close: they need twice the gap.
  const dots = withLanes(events, wide ? 1 : 2);
  const step = wide ? 5 : 10;
  const first = Math.floor(Math.min(...events.map((e) => e.year)));
  const last = Math.ceil(Math.max(...events.map((e) => e.year)));
  const maxLane = Math.max(...dots.map((d) => d.lane));
  const ticks = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => first + i * step);
  const band = tipBandHeight(layout);
  return (
    <ScatterChart id={id} width={layoutSpec[layout].width} height={band + 90 + maxLane * 16} margin={{ top: band + 12, right: 16, bottom: 8, left: 16 }} title={title}>
      <Customized component={<TipHint size={layout} />} />
      <XAxis interval={0} type="number" dataKey="year" domain={[first, last]} ticks={ticks} allowDecimals={false} {...axisStyle} />
      <YAxis type="number" dataKey="lane" hide domain={[0, Math.max(maxLane, 1)]} />
      <Customized component={<Dots dots={dots} describe={describe} size={layout} />} />
    </ScatterChart>
  );
}
