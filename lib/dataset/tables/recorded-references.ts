// Panels may name recorded series (a then-now pair's `recorded`, a panel's
// `recorded_indicators`): each name must be a series of data/recorded-series.yaml.
import type { Located } from "@/lib/dataset/raw";
import type { Problem } from "@/lib/dataset/problem";
import type { Panel } from "@/lib/dataset/schema";
import type { RecordedData } from "@/lib/dataset/tables/load";

export function recordedReferenceProblems(panels: Located<Panel>[], data: RecordedData): Problem[] {
  const known = new Set(data.series.map((s) => s.id));
  return panels.flatMap(({ file, record }) => [
    ...(record.pairs ?? []).flatMap((pair, i) =>
      pair.recorded && !known.has(pair.recorded) ? [{ file, id: record.id, field: `pairs.${i}.recorded`, reason: `unknown recorded series "${pair.recorded}"` }] : [],
    ),
    ...(record.recorded_indicators ?? []).flatMap((ind, i) =>
      known.has(ind.series) ? [] : [{ file, id: record.id, field: `recorded_indicators.${i}.series`, reason: `unknown recorded series "${ind.series}"` }],
    ),
  ]);
}
