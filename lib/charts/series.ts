// Pure functions that turn facts into the rows the charts and their table
// views draw. Both views take the same rows, so they cannot disagree.
import { compactUsd, figurePhrase, formatValue } from "@/lib/display/format";
import { partialDateKey } from "@/lib/dataset/partial-date";
import { asOfYear, decimalYear, formatAsOf } from "@/lib/display/figure-date";
import type { Fact, Figure, Panel } from "@/lib/dataset/schema";
import { qualifierLabels, type Qualifier, type Verdict } from "@/lib/dataset/vocab";

type FigureFact = Fact & { figure: Figure };
const hasFigure = (fact: Fact): fact is FigureFact => fact.figure !== undefined;

export { decimalYear };

function toUsdMillion(figure: Figure): number | null {
  if (figure.unit === "usd-million") return figure.value;
  if (figure.unit === "usd-billion") return figure.value * 1000;
  return null;
}

export type TradePoint = {
  factId: string;
  sourceId: string;
  measure: string;
  /** The figure's date in words: "June 2019", "c. 2010–2012". */
  asOf: string;
  year: number;
  usdMillion: number;
  phrase: string;
  /** "about $1.5bn": qualifier and value, short enough to label a point. */
  short: string;
  qualifier: Qualifier;
  verdict: Verdict;
  seriesId: string | null;
};

/** A money figure whose date is only a bound or unknown: listed beside the chart, never placed on its time axis. */
export type UndatedTradePoint = Omit<TradePoint, "year">;

/**
 * One entry of the chart: the points of one declared series (joined by a
 * line), or a single point that belongs to no declared series (never joined).
 * `styleIndex` is the measure's position, so one measure keeps one marker.
 */
export type TradeSeries = { seriesId: string | null; measure: string; styleIndex: number; points: TradePoint[] };

function tradePoints(facts: Fact[]): Array<UndatedTradePoint & { year: number | null }> {
  return facts.filter(hasFigure).flatMap((fact) => {
    const usdMillion = toUsdMillion(fact.figure);
    if (usdMillion === null) return [];
    return [
      {
        factId: fact.id,
        sourceId: fact.quote.source,
        measure: fact.figure.measure,
        asOf: formatAsOf(fact.figure.as_of),
        year: asOfYear(fact.figure.as_of),
        usdMillion,
        phrase: figurePhrase(fact.figure),
        short: [qualifierLabels[fact.figure.qualifier], compactUsd(usdMillion)].filter(Boolean).join(" "),
        qualifier: fact.figure.qualifier,
        verdict: fact.verdict.rating,
        seriesId: fact.figure.series ?? null,
      },
    ];
  });
}

/**
 * Money figures placed in time, in USD million. Points are grouped only by a
 * declared `figure.series`; a point outside one stands alone, however alike
 * its measure looks, because the data does not say the two are comparable.
 */
export function tradeSeries(facts: Fact[]): TradeSeries[] {
  const placed = tradePoints(facts)
    .filter((p): p is TradePoint => p.year !== null)
    .sort((a, b) => a.year - b.year);
  const measures = [...new Set(placed.map((p) => p.measure))];
  const entries: TradeSeries[] = [];
  for (const point of placed) {
    const joined = point.seriesId === null ? undefined : entries.find((e) => e.seriesId === point.seriesId);
    if (joined) joined.points.push(point);
    else entries.push({ seriesId: point.seriesId, measure: point.measure, styleIndex: measures.indexOf(point.measure), points: [point] });
  }
  return entries;
}

/** Money figures dated only "before", "after" or not at all, in the panel's order. */
export function undatedTradePoints(facts: Fact[]): UndatedTradePoint[] {
  return tradePoints(facts)
    .filter((p) => p.year === null)
    .map((p): UndatedTradePoint => {
      const { year, ...rest } = p;
      void year;
      return rest;
    });
}

export type Bar = {
  factId: string | null;
  label: string;
  value: number;
  display: string;
  phrase: string;
  computed: boolean;
  /** The figure's date in words, and its verdict; null for the computed bar. */
  asOf: string | null;
  verdict: Verdict | null;
  /** The same measure as reported by the primary article, if it reports it. */
  articleFigures: { factId: string; phrase: string }[];
};

/**
 * Bars for a panel of percentages: figures from other sources are bars; the
 * primary article's figures for the same measure are notes on those bars.
 */
export function barRows(panel: Panel, facts: Fact[], primarySourceId: string): Bar[] {
  const listed = panel.facts.flatMap((id) => facts.filter((f) => f.id === id)).filter(hasFigure);
  const fromArticle = listed.filter((f) => f.quote.source === primarySourceId);
  const bars: Bar[] = listed
    .filter((f) => f.quote.source !== primarySourceId)
    .map((f) => ({
      factId: f.id,
      label: f.figure.measure,
      value: f.figure.value,
      display: formatValue(f.figure.value, f.figure.unit),
      phrase: figurePhrase(f.figure),
      computed: false,
      asOf: formatAsOf(f.figure.as_of),
      verdict: f.verdict.rating,
      articleFigures: fromArticle
        .filter((a) => a.figure.measure === f.figure.measure)
        .map((a) => ({ factId: a.id, phrase: figurePhrase(a.figure) })),
    }));
  if (panel.remainder) {
    const of = panel.remainder.of;
    const sum = listed.filter((f) => of.includes(f.id)).reduce((total, f) => total + f.figure.value, 0);
    const value = Math.round((100 - sum) * 100) / 100;
    const insertAt = Math.max(...of.map((id) => bars.findIndex((b) => b.factId === id))) + 1;
    bars.splice(insertAt, 0, {
      factId: null,
      label: panel.remainder.label,
      value,
      display: formatValue(value, "percent"),
      phrase: `${formatValue(value, "percent")} (computed: 100% minus the shares above)`,
      computed: true,
      asOf: null,
      verdict: null,
      articleFigures: [],
    });
  }
  return bars;
}

export type ShareBand = { factId: string; value: number; lowerBound: boolean; phrase: string; asOf: string; measure: string; verdict: Verdict };

/** A share drawn as what is known: exact, or a floor with open space above it. */
export function shareBand(fact: Fact): ShareBand | null {
  if (!fact.figure || fact.figure.unit !== "percent") return null;
  const lowerBound = fact.figure.qualifier === "at-least" || fact.figure.qualifier === "over";
  return {
    factId: fact.id,
    value: fact.figure.value,
    lowerBound,
    phrase: figurePhrase(fact.figure),
    asOf: formatAsOf(fact.figure.as_of),
    measure: fact.figure.measure,
    verdict: fact.verdict.rating,
  };
}

export type TimelineEvent = { factId: string; date: string; end?: string; year: number; statement: string; verdict: Verdict };

export function timelineEvents(facts: Fact[]): TimelineEvent[] {
  return facts
    .flatMap((fact) =>
      fact.event
        ? [{ factId: fact.id, date: fact.event.date, end: fact.event.end, year: decimalYear(fact.event.date), statement: fact.statement, verdict: fact.verdict.rating }]
        : [],
    )
    .sort((a, b) => partialDateKey(a.date).localeCompare(partialDateKey(b.date)));
}
