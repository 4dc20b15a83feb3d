// Does a figure in a text say the same as a fact's figure? Each becomes the
// range of values its words allow ("more than 70" is above 70; "70.96" is
// 70.955–70.965; "about 77" is within 2.5% of 77), and two figures differ when
// their ranges do not meet.
import type { Figure } from "@/lib/dataset/schema";
import type { TextFigure, TextUnit } from "@/lib/check/numbers";

export type Qualifier = Figure["qualifier"];
type Range = { low: number; high: number };

const aboutShare = 0.025;

export function rangeOf(value: number, halfStep: number, qualifier: Qualifier): Range {
  switch (qualifier) {
    case "over":
      return { low: value + Number.EPSILON, high: Infinity };
    case "at-least":
      return { low: value - halfStep, high: Infinity };
    case "under":
      return { low: -Infinity, high: value - Number.EPSILON };
    case "up-to":
      return { low: -Infinity, high: value + halfStep };
    case "about": {
      const spread = Math.max(halfStep, Math.abs(value) * aboutShare);
      return { low: value - spread, high: value + spread };
    }
    default:
      return { low: value - halfStep, high: value + halfStep };
  }
}

const baseMultiplier: Record<Figure["unit"], number> = {
  percent: 1,
  "usd-million": 1e6,
  "usd-billion": 1e9,
  people: 1,
  "million-people": 1e6,
  votes: 1,
  "barrels-per-day": 1,
  count: 1,
  rank: 1,
};

const family: Record<Figure["unit"], TextUnit> = {
  percent: "percent",
  "usd-million": "usd",
  "usd-billion": "usd",
  people: "number",
  "million-people": "number",
  votes: "number",
  "barrels-per-day": "barrels-per-day",
  count: "number",
  rank: "rank",
};

export function unitsAgree(fact: Figure, text: TextFigure): boolean {
  return family[fact.unit] === text.unit;
}

/** The fact's figure as a range in base units (dollars, people, barrels a day). */
export function factRange(figure: Figure): Range {
  const multiplier = baseMultiplier[figure.unit];
  const decimals = (String(figure.value).split(".")[1] ?? "").length;
  return rangeOf(figure.value * multiplier, 0.5 * 10 ** -decimals * multiplier, figure.qualifier);
}

export function factValue(figure: Figure): number {
  return figure.value * baseMultiplier[figure.unit];
}

export function textRange(figure: TextFigure): Range {
  return rangeOf(figure.value, figure.halfStep, figure.qualifier);
}

/** Do the two figures' ranges fail to meet? */
export function figuresDiffer(fact: Figure, text: TextFigure): boolean {
  const a = factRange(fact);
  const b = textRange(text);
  return a.high < b.low || b.high < a.low;
}

/** How far the text's range lies from the fact's, relative to the fact's value: 0 when they meet. */
export function gap(fact: Figure, text: TextFigure): number {
  const a = factRange(fact);
  const b = textRange(text);
  const apart = Math.max(0, b.low - a.high, a.low - b.high);
  return apart / Math.max(Math.abs(factValue(fact)), 1e-9);
}

/** How far apart the two values are, relative to the fact's value: 0 when equal. */
export function distance(fact: Figure, text: TextFigure): number {
  const v = factValue(fact);
  return Math.abs(v - text.value) / Math.max(Math.abs(v), 1e-9);
}
