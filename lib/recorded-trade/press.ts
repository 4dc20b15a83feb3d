// The press figures the recorded-trade panel sets beside the series: the
// panel's own money facts, dated or not, never joined to anything.
import { tradeSeries, undatedTradePoints, type TradePoint, type UndatedTradePoint } from "@/lib/charts/series";
import type { Fact } from "@/lib/dataset/schema";

export type PressMarks = { dated: TradePoint[]; undated: UndatedTradePoint[] };

export function pressMarks(facts: Fact[]): PressMarks {
  return { dated: tradeSeries(facts).flatMap((s) => s.points).sort((a, b) => a.year - b.year), undated: undatedTradePoints(facts) };
}
