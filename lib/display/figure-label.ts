// What a figure or an event shows beside its number: value, unit, qualifier,
// period and the date it describes, never a figure without its date.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { AsOf, Fact, Figure } from "@/lib/dataset/schema";
import { verdictLabels } from "@/lib/dataset/vocab";
import { asOfDateTime, asOfPhrase, formatAsOf } from "@/lib/display/figure-date";
import { displayFigure, figurePhrase, truncateWords, type DisplayFigure } from "@/lib/display/format";

/** A date in words with its machine-readable form for `<time dateTime>`. */
type DateLabel = { text: string; dateTime: string };

/** A figure's as-of date: "as of June 2019" (exact, with a machine date) or the estimate or bound in words, with its basis. */
export type AsOfLabel = { kind: AsOf["kind"]; prefix: string; text: string; dateTime?: string; basis?: string };

export function asOfLabel(asOf: AsOf): AsOfLabel {
  const dateTime = asOfDateTime(asOf);
  const basis = "basis" in asOf ? asOf.basis : undefined;
  return dateTime ? { kind: asOf.kind, prefix: "as of ", text: formatAsOf(asOf), dateTime } : { kind: asOf.kind, prefix: "", text: formatAsOf(asOf), basis };
}

type FigureLabel = DisplayFigure & { phrase: string; asOfLabel: AsOfLabel };

/** Everything shown with a figure: its parts, the one-phrase form and its as-of date. */
export function figureLabel(figure: Figure): FigureLabel {
  return { ...displayFigure(figure), phrase: figurePhrase(figure), asOfLabel: asOfLabel(figure.as_of) };
}

/** An event's dates: the start and, for a span, the end. */
export function eventDates(event: NonNullable<Fact["event"]>): { start: DateLabel; end?: DateLabel } {
  const start = { text: formatPartialDate(event.date), dateTime: event.date };
  return event.end ? { start, end: { text: formatPartialDate(event.end), dateTime: event.end } } : { start };
}

/** "June 2019" or "June 2019 – July 2019". */
export function eventSpan(event: NonNullable<Fact["event"]>): string {
  const { start, end } = eventDates(event);
  return end ? `${start.text} – ${end.text}` : start.text;
}

/** A fact's value in a list: the figure, the event's date, or that it is a claim without one. */
type FactValueLabel = { kind: "figure"; figure: FigureLabel } | { kind: "event"; date: DateLabel } | { kind: "claim"; text: string };

export function factValueLabel(fact: Pick<Fact, "figure" | "event">): FactValueLabel {
  if (fact.figure) return { kind: "figure", figure: figureLabel(fact.figure) };
  if (fact.event) return { kind: "event", date: eventDates(fact.event).start };
  return { kind: "claim", text: "Claim without a figure" };
}

/** A fact's value in one short phrase, where space is short (the panel picture): the figure, the event's date, or "Claim". */
export function factValueShort(fact: Pick<Fact, "figure" | "event">): string {
  if (fact.figure) return figurePhrase(fact.figure);
  return fact.event ? formatPartialDate(fact.event.date) : "Claim";
}

/** What a chart mark's tip says: the value with its date, or the event's date and words, then the verdict. */
export function markTip(fact: Fact): string[] {
  const verdict = `verdict: ${verdictLabels[fact.verdict.rating]}`;
  if (fact.figure) return [figurePhrase(fact.figure), asOfPhrase(fact.figure.as_of), verdict];
  return [fact.event ? eventSpan(fact.event) : "", truncateWords(fact.statement, 72), verdict];
}
