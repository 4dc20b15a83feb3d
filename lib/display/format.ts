// Turning stored values into the words and numbers a reader sees.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import { formatAsOf } from "@/lib/display/figure-date";
import type { Figure, Publication } from "@/lib/dataset/schema";
import { periodLabels, qualifierLabels, type Unit } from "@/lib/dataset/vocab";

const number = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

const ordinalRules = new Intl.PluralRules("en-GB", { type: "ordinal" });
const ordinalSuffixes: Record<Intl.LDMLPluralRule, string> = { zero: "th", one: "st", two: "nd", few: "rd", many: "th", other: "th" };

export function ordinal(value: number): string {
  return `${value}${ordinalSuffixes[ordinalRules.select(value)]}`;
}

export function formatValue(value: number, unit: Unit): string {
  const n = number.format(value);
  switch (unit) {
    case "percent":
      return `${n}%`;
    case "usd-million":
      return `$${n} million`;
    case "usd-billion":
      return `$${n} billion`;
    case "people":
      return `${n} people`;
    case "million-people":
      return `${n} million people`;
    case "votes":
      return `${n} votes`;
    case "barrels-per-day":
      return `${n} barrels a day`;
    case "count":
      return n;
    case "rank":
      return ordinal(value);
  }
}

/** "$1.54bn", "$126m": money in a few characters, for chart labels. */
export function compactUsd(usdMillion: number): string {
  if (usdMillion >= 1000) return `$${number.format(Math.round(usdMillion / 10) / 100)}bn`;
  return `$${number.format(usdMillion)}m`;
}

export type DisplayFigure = {
  value: string;
  qualifier: string;
  period: string;
  /** "June 2019", "c. 2010–2012", "undated, before 2019", "undated". */
  asOf: string;
  measure: string;
  /** "projection" for a forecast, else "". */
  projection: string;
};

export function displayFigure(figure: Figure): DisplayFigure {
  return {
    value: formatValue(figure.value, figure.unit),
    qualifier: qualifierLabels[figure.qualifier],
    // "barrels a day per day" says the period twice.
    period: figure.period && !(figure.unit === "barrels-per-day" && figure.period === "per-day") ? periodLabels[figure.period] : "",
    asOf: formatAsOf(figure.as_of),
    measure: figure.measure,
    projection: figure.projection ? "projection" : "",
  };
}

/** "at least 25%", "over $1.4 billion per year", "$2 billion (projection)": the figure as one phrase. */
export function figurePhrase(figure: Figure): string {
  const d = displayFigure(figure);
  const phrase = [d.qualifier, d.value, d.period].filter(Boolean).join(" ");
  return d.projection ? `${phrase} (${d.projection})` : phrase;
}

export function formatPublication(published: Publication): string {
  switch (published.kind) {
    case "exact":
      return formatPartialDate(published.date);
    case "estimated":
      return published.label;
    case "unknown":
      return "Date not shown";
  }
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}
