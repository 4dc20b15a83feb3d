import { Customized, ScatterChart, XAxis, YAxis } from "recharts";
import { axisStyle, hatchPattern, TipHint } from "@/components/charts/chart-parts";
import { HorizontalBars, narrowRowHeight, type BarRowShape } from "@/components/charts/horizontal-bars";
import { layoutSpec, tipBandHeight, type ChartLayout } from "@/lib/charts/layout";
import type { ShareBand } from "@/lib/charts/series";
import { routes } from "@/lib/routes";

const NARROW_CHARS = 40;

/**
 * A share as what is known: a solid bar up to the reported figure and, when
 * the figure is only a floor, a hatched band above it saying it may be more.
 */
export function ShareChart({ id, title, bands, describe, layout }: { id: string; title: string; bands: ShareBand[]; describe: (factId: string) => string[]; layout: ChartLayout }) {
  const shapes: BarRowShape[] = bands.map((band) => ({
    label: band.measure,
    segments: [
      { from: 0, to: band.value, fill: "var(--chart-1)", text: band.phrase, textFill: "var(--bg)", textAt: "inside" },
      band.lowerBound
        ? { from: band.value, to: 100, fill: `url(#${id}-hatch)`, stroke: "var(--chart-2)", text: "possibly more: the source gives a floor", textAt: "center" }
        : { from: band.value, to: 100, fill: "var(--rule)" },
    ],
    link: { href: routes.fact(band.factId), parts: [...describe(band.factId), band.measure] },
  }));
  const wide = layout === "wide";
  const rowHeight = wide ? 56 : narrowRowHeight(shapes, NARROW_CHARS, 24);
  const band = tipBandHeight(layout);
  const margin = wide ? { top: band, right: 16, bottom: 8, left: 188 } : { top: band, right: 14, bottom: 8, left: 4 };
  return (
    <ScatterChart id={id} width={layoutSpec[layout].width} height={bands.length * rowHeight + 40 + band} margin={margin} title={title}>
      <defs>{hatchPattern(`${id}-hatch`, "var(--chart-2)")}</defs>
      <Customized component={<TipHint size={layout} />} />
      <XAxis interval={0} type="number" dataKey="x" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" {...axisStyle} />
      <YAxis type="number" dataKey="y" hide reversed domain={[-0.5, bands.length - 0.5]} />
      <Customized component={<HorizontalBars rows={shapes} barHeight={wide ? 30 : 24} labelChars={wide ? 22 : NARROW_CHARS} size={layout} rowHeight={rowHeight} />} />
    </ScatterChart>
  );
}
