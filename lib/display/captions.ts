// The words under each chart and in its table: what the marks show and whose
// figures they are. Every chart panel's caption is built here.
import type { Bar, TradePoint, UndatedTradePoint } from "@/lib/charts/series";
import type { Source } from "@/lib/dataset/schema";
import { publisherNames } from "@/lib/display/publishers";

type Published = Pick<Source, "id" | "publisher">;

/** The accessible name of a chart's table. */
export function tableCaption(panelTitle: string): string {
  return `${panelTitle}: the numbers`;
}

/** Bars from other sources than the primary article, which shows in brackets; a computed bar is said to be one. */
export function barCaption(panelTitle: string, sources: Published[], primarySourceId: string, rows: Pick<Bar, "computed">[]): string {
  const others = publisherNames(sources.filter((source) => source.id !== primarySourceId));
  const computed = rows.some((row) => row.computed) ? " The hatched bar is computed, not reported." : "";
  return `${panelTitle}. Bars: ${others.join(", ")}. In brackets, the primary article’s rounded figures.${computed}`;
}

/** The cells of one bar's table row that are words: its as-of date and the article's figures, a dash where there is none. */
export function barCells(row: Pick<Bar, "asOf" | "articleFigures">): { asOf: string; article: string } {
  return { asOf: row.asOf ?? "—", article: row.articleFigures.map((figure) => figure.phrase).join(", ") || "—" };
}

export function shareCaption(panelTitle: string): string {
  return `${panelTitle}. Solid: the share the source reports. Hatched: what a floor such as “at least” leaves open; the source does not say how much more.`;
}

/** Names the publishers of the points shown, in the order of the points. */
export function tradeCaption(panelTitle: string, points: Pick<TradePoint | UndatedTradePoint, "sourceId">[], sources: Published[]): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const shown = points.flatMap((point) => byId.get(point.sourceId) ?? []);
  return `${panelTitle}, in US dollars. The sources measure different things, so each gets its own marker; only points the data declares one series are joined by a line. Each point links to its quote. Sources: ${publisherNames(shown).join(", ")}.`;
}

export function timelineCaption(panelTitle: string, eventCount: number): string {
  return `${panelTitle}: ${eventCount} dated events. Each dot links to its fact.`;
}

/** The trade table's rows: the dated points oldest first, then the undated ones, which the time axis cannot place. */
export function tradeTablePoints<Dated extends { year: number }, Undated>(series: Array<{ points: Dated[] }>, undated: Undated[]): Array<Dated | Undated> {
  return [...series.flatMap((s) => s.points).sort((a, b) => a.year - b.year), ...undated];
}

/** Each measure once, in the series' order: the legend, whose position picks each marker's shape and colour. */
export function legendMeasures(series: Array<{ measure: string }>): string[] {
  return [...new Set(series.map((s) => s.measure))];
}
