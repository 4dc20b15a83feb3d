"use client";
import { Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { type AxisMaps, axisScales } from "@/components/charts/chart-parts";
import type { TimelineEvent } from "@/lib/chart-series";

type Dot = TimelineEvent & { lane: number };

// Events less than a year apart stack upwards instead of hiding each other.
function withLanes(events: TimelineEvent[]): Dot[] {
  const dots: Dot[] = [];
  for (const event of events) {
    const near = dots.filter((d) => event.year - d.year < 1);
    const taken = new Set(near.map((d) => d.lane));
    let lane = 0;
    while (taken.has(lane)) lane++;
    dots.push({ ...event, lane });
  }
  return dots;
}

function Dots({ dots, ...maps }: AxisMaps & { dots: Dot[] }) {
  const scales = axisScales(maps);
  if (!scales) return null;
  return (
    <g>
      {dots.map((dot) => {
        const label = `${dot.date}: ${dot.statement}`;
        return (
          <a key={dot.factId} href={`/facts/${dot.factId}`} aria-label={label}>
            <title>{label}</title>
            <circle cx={scales.x(dot.year)} cy={scales.y(dot.lane)} r={6} fill="var(--chart-1)" stroke="var(--surface)" strokeWidth={1.5} />
          </a>
        );
      })}
    </g>
  );
}

/** A strip of events on a time axis; the list beside it carries the words. */
export function TimelineChart({ id, title, events }: { id: string; title: string; events: TimelineEvent[] }) {
  const dots = withLanes(events);
  const first = Math.floor(Math.min(...events.map((e) => e.year)));
  const last = Math.ceil(Math.max(...events.map((e) => e.year)));
  const maxLane = Math.max(...dots.map((d) => d.lane));
  const ticks = Array.from({ length: Math.floor((last - first) / 5) + 1 }, (_, i) => first + i * 5);
  return (
    <ScatterChart id={id} width={640} height={90 + maxLane * 16} margin={{ top: 12, right: 16, bottom: 8, left: 16 }} title={title}>
      <XAxis interval={0} type="number" dataKey="year" domain={[first, last]} ticks={ticks} allowDecimals={false} fontSize={12} />
      <YAxis type="number" dataKey="lane" hide domain={[0, Math.max(maxLane, 1)]} />
      <Customized component={<Dots dots={dots} />} />
    </ScatterChart>
  );
}
