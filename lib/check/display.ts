// The checker's answer as the page shows it: each match with its fact's
// statement and quote, built the same way from the API's answers (in the
// browser) and from the dataset (on the server, for the form without
// JavaScript). Plain data only, so it crosses to a client component.
import type { CheckResult } from "@/lib/check/api";
import type { Fact } from "@/lib/dataset/schema";

export type FactSummary = { id: string; statement: string; quote: string; quoteSource: string };

export type DisplayMatch = CheckResult["sentences"][number]["matches"][number] & { summary: FactSummary | null };
export type DisplaySentence = { text: string; start: number; matches: DisplayMatch[] };

export function summarise(fact: Pick<Fact, "id" | "statement" | "quote">): FactSummary {
  return { id: fact.id, statement: fact.statement, quote: fact.quote.text, quoteSource: fact.quote.source };
}

/** The ids of every fact the result matches, once each, in order of first match. */
export function matchedIds(result: CheckResult): string[] {
  return [...new Set(result.sentences.flatMap((s) => s.matches.map((m) => m.fact)))];
}

export function toDisplay(result: CheckResult, summaries: ReadonlyMap<string, FactSummary>): DisplaySentence[] {
  return result.sentences.map((s) => ({
    text: s.text,
    start: s.start,
    matches: s.matches.map((m) => ({ ...m, summary: summaries.get(m.fact) ?? null })),
  }));
}

/** "this text: 70.13%; sourced figure: over 70%, as of 9 June 2019", or null when they agree. */
export function differenceNote(figure: DisplayMatch["figure"]): string | null {
  if (!figure.differs || !figure.in_text || !figure.in_fact) return null;
  return `this text: ${figure.in_text}; sourced figure: ${figure.in_fact}`;
}
