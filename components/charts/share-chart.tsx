"use client";
import { Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { hatchPattern } from "@/components/charts/chart-parts";
import { HorizontalBars, type BarRowShape } from "@/components/charts/horizontal-bars";
import type { ShareBand } from "@/lib/chart-series";

/**
 * A share as what is known: a solid bar up to the reported figure and, when
 * the figure is only a floor, a hatched band above it saying it may be more.
 */
export function ShareChart({ id, title, bands }: { id: string; title: string; bands: ShareBand[] }) {
  const shapes: BarRowShape[] = bands.map((band) => ({
    label: band.measure,
    segments: [
      { from: 0, to: band.value, fill: "var(--chart-1)", text: band.phrase, textFill: "var(--bg)", textAt: "inside" },
      band.lowerBound
        ? { from: band.value, to: 100, fill: `url(#${id}-hatch)`, stroke: "var(--chart-2)", text: "possibly more: the source gives a floor", textAt: "center" }
        : { from: band.value, to: 100, fill: "var(--rule)" },
    ],
  }));
  return (
    <ScatterChart id={id} width={640} height={bands.length * 56 + 40} margin={{ top: 8, right: 16, bottom: 8, left: 188 }} title={title} role="img">
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-2)")}</defs>
      <XAxis interval={0} type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} />
      <YAxis type="number" dataKey="y" hide reversed domain={[-0.5, bands.length - 0.5]} />
      <Customized component={<HorizontalBars rows={shapes} barHeight={30} labelChars={22} />} />
    </ScatterChart>
  );
}
