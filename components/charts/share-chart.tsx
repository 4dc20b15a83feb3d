"use client";
import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";
import { barLabel, hatchPattern, wrappedTick } from "@/components/charts/chart-parts";
import type { ShareBand } from "@/lib/chart-series";

/**
 * A share as what is known: a solid bar up to the reported figure and, when
 * the figure is only a floor, a hatched band above it saying it may be more.
 */
export function ShareChart({ id, title, bands }: { id: string; title: string; bands: ShareBand[] }) {
  const data = bands.map((band) => ({
    label: band.measure,
    known: band.value,
    open: band.lowerBound ? 100 - band.value : 0,
    rest: band.lowerBound ? 0 : 100 - band.value,
    knownText: band.phrase,
    openText: band.lowerBound ? "possibly more: the source gives a floor" : "",
  }));
  return (
    <BarChart id={id} width={640} height={bands.length * 56 + 40} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} title={title} role="img">
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-2)")}</defs>
      <XAxis interval={0} type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} />
      <YAxis type="category" dataKey="label" width={180} interval={0} tick={wrappedTick(22)} />
      <Bar dataKey="known" stackId="share" fill="var(--chart-1)" isAnimationActive={false} barSize={30}>
        <LabelList dataKey="knownText" content={barLabel("inside", "var(--bg)")} />
      </Bar>
      <Bar dataKey="open" stackId="share" fill={`url(#${id}-hatch)`} stroke="var(--chart-2)" isAnimationActive={false} barSize={30}>
        <LabelList dataKey="openText" content={barLabel("center")} />
      </Bar>
      <Bar dataKey="rest" stackId="share" fill="var(--rule)" isAnimationActive={false} barSize={30} />
    </BarChart>
  );
}
