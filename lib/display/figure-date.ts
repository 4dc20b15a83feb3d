// The period a figure describes, in words and as positions on a time axis.
// A figure is never given a month or year the data does not hold.
import { formatPartialDate, parsePartialDate } from "@/lib/dataset/partial-date";
import type { AsOf } from "@/lib/dataset/schema";

/** "June 2019", "c. 2010–2012", "undated, before 2019", "undated, after 2016", "undated". */
export function formatAsOf(asOf: AsOf): string {
  switch (asOf.kind) {
    case "exact":
      return formatPartialDate(asOf.date);
    case "estimated": {
      if (asOf.label) return asOf.label;
      const from = formatPartialDate(asOf.from);
      const to = formatPartialDate(asOf.to);
      return from === to ? `c. ${from}` : `c. ${from}–${to}`;
    }
    case "before":
      return `undated, before ${formatPartialDate(asOf.date)}`;
    case "after":
      return `undated, after ${formatPartialDate(asOf.date)}`;
    case "unknown":
      return "undated";
  }
}

/** "as of June 2019", "c. 2010–2012", "undated, before 2019": the date as it reads after a figure. */
export function asOfPhrase(asOf: AsOf): string {
  return asOf.kind === "exact" ? `as of ${formatAsOf(asOf)}` : formatAsOf(asOf);
}

/** A machine-readable date for `<time dateTime>`, only when the figure has an exact one. */
export function asOfDateTime(asOf: AsOf): string | undefined {
  return asOf.kind === "exact" ? asOf.date : undefined;
}

/** A partial date as a fractional year, for a time axis: "2016-04" → 2016.29. */
export function decimalYear(date: string): number {
  const d = parsePartialDate(date);
  if (!d) return Number.NaN;
  if (d.month === undefined) return d.year + 0.5;
  if (d.day === undefined) return d.year + (d.month - 0.5) / 12;
  return d.year + (d.month - 1) / 12 + (d.day - 1) / 365;
}

/** Where the figure sits on a time axis, or null when its date is only a bound or unknown. */
export function asOfYear(asOf: AsOf): number | null {
  if (asOf.kind === "exact") return decimalYear(asOf.date);
  if (asOf.kind === "estimated") return (decimalYear(asOf.from) + decimalYear(asOf.to)) / 2;
  return null;
}

/** The bounds the data gives, for tables and CSV: exact → date both ends; before → only `to`; after → only `from`. */
export function asOfBounds(asOf: AsOf): { from: string | null; to: string | null; basis: string | null } {
  switch (asOf.kind) {
    case "exact":
      return { from: asOf.date, to: asOf.date, basis: null };
    case "estimated":
      return { from: asOf.from, to: asOf.to, basis: asOf.basis };
    case "before":
      return { from: null, to: asOf.date, basis: asOf.basis };
    case "after":
      return { from: asOf.date, to: null, basis: asOf.basis };
    case "unknown":
      return { from: null, to: null, basis: asOf.basis };
  }
}
