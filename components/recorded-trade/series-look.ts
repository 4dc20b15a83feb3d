// How each recorded series and the press figures look: direction by colour,
// compiler and release by line pattern and marker, so print in grey and
// colour-blind readers still tell them apart, and the legend says it in words.
import type { SeriesShape } from "@/components/charts/series-style";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import type { Flow } from "@/lib/dataset/tables/schema";

export const flowColors: Record<Flow, string> = {
  "israel-imports-from-kazakhstan": "var(--chart-2)",
  "kazakhstan-imports-from-israel": "var(--chart-1)",
};

export function seriesLook(series: Pick<RecordedSeriesView, "flow" | "short">): { color: string; shape: SeriesShape; dash: string | undefined } {
  const color = flowColors[series.flow];
  if (series.short === "COW v3.0") return { color, shape: "square", dash: "6 4" };
  if (series.short.startsWith("UN Comtrade")) return { color, shape: "diamond", dash: "2 3" };
  return { color, shape: "circle", dash: undefined };
}

export const pressLook = { color: "var(--ink)", shape: "cross" as SeriesShape };
