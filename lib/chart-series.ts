// Pure functions that turn facts into the rows the charts and their table
// views draw. Both views take the same rows, so they cannot disagree.
import { compactUsd, figurePhrase, formatValue } from "@/lib/format";
import { parsePartialDate, partialDateKey } from "@/lib/dataset/partial-date";
import type { Fact, Figure, Panel } from "@/lib/dataset/schema";
import { qualifierLabels, type Qualifier, type Verdict } from "@/lib/dataset/vocab";

type FigureFact = Fact & { figure: Figure };
const hasFigure = (fact: Fact): fact is FigureFact => fact.figure !== undefined;

/** A partial date as a fractional year, for a time axis: "2016-04" → 2016.25. */
export function decimalYear(date: string): number {
  const d = parsePartialDate(date);
  if (!d) return Number.NaN;
  if (d.month === undefined) return d.year + 0.5;
  if (d.day === undefined) return d.year + (d.month - 0.5) / 12;
  return d.year + (d.month - 1) / 12 + (d.day - 1) / 365;
}

export function toUsdMillion(figure: Figure): number | null {
  if (figure.unit === "usd-million") return figure.value;
  if (figure.unit === "usd-billion") return figure.value * 1000;
  return null;
}

export type TradePoint = {
  factId: string;
  sourceId: string;
  measure: string;
  asOf: string;
  year: number;
  usdMillion: number;
  phrase: string;
  /** "about $1.5bn": qualifier and value, short enough to label a point. */
  short: string;
  qualifier: Qualifier;
  verdict: Verdict;
};

export type TradeSeries = { measure: string; seriesId: string | null; points: TradePoint[] };

/** Money figures as points in USD million, one series per thing measured. */
export function tradeSeries(facts: Fact[]): TradeSeries[] {
  const points = facts.filter(hasFigure).flatMap((fact): TradePoint[] => {
    const usdMillion = toUsdMillion(fact.figure);
    if (usdMillion === null) return [];
    return [
      {
        factId: fact.id,
        sourceId: fact.quote.source,
        measure: fact.figure.measure,
        asOf: fact.figure.as_of,
        year: decimalYear(fact.figure.as_of),
        usdMillion,
        phrase: figurePhrase(fact.figure),
        short: [qualifierLabels[fact.figure.qualifier], compactUsd(usdMillion)].filter(Boolean).join(" "),
        qualifier: fact.figure.qualifier,
        verdict: fact.verdict.rating,
      },
    ];
  });
  points.sort((a, b) => a.year - b.year);
  const measures = [...new Set(points.map((p) => p.measure))];
  return measures.map((measure) => ({ measure, seriesId: null, points: points.filter((p) => p.measure === measure) }));
}

export type Bar = {
  factId: string | null;
  label: string;
  value: number;
  display: string;
  phrase: string;
  computed: boolean;
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
      articleFigures: [],
    });
  }
  return bars;
}

export type ShareBand = { factId: string; value: number; lowerBound: boolean; phrase: string; asOf: string; measure: string };

/** A share drawn as what is known: exact, or a floor with open space above it. */
export function shareBand(fact: Fact): ShareBand | null {
  if (!fact.figure || fact.figure.unit !== "percent") return null;
  const lowerBound = fact.figure.qualifier === "at-least" || fact.figure.qualifier === "over";
  return {
    factId: fact.id,
    value: fact.figure.value,
    lowerBound,
    phrase: figurePhrase(fact.figure),
    asOf: fact.figure.as_of,
    measure: fact.figure.measure,
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
