// Finding facts by topic, verdict, source and the words of their statement or
// quote. Pure, so the API, the explorer page and the tests share one meaning
// of "matches".
import type { Fact } from "@/lib/dataset/schema";
import type { Topic, Verdict } from "@/lib/dataset/vocab";

export type FactFilter = { q?: string; topic?: Topic; verdict?: Verdict; source?: string };

/**
 * Lower case, with accents, curly quotes and dashes folded, so "israel's"
 * finds "Israel’s" and "turkiye" finds "Türkiye"; whitespace runs become one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a query; a fact matches when each of them occurs in it. */
export function searchTerms(q: string): string[] {
  return foldText(q)
    .split(" ")
    .map((term) => term.replace(/^["']+|["']+$/g, ""))
    .filter((term) => term !== "");
}

/** What the text search looks at: the statement, the quote and its translation. */
export function searchableText(fact: Fact): string {
  return foldText([fact.statement, fact.quote.text, fact.quote.translation ?? ""].join(" \n "));
}

function matchesFilter(fact: Fact, filter: FactFilter): boolean {
  if (filter.topic && fact.topic !== filter.topic) return false;
  if (filter.verdict && fact.verdict.rating !== filter.verdict) return false;
  if (filter.source && fact.quote.source !== filter.source) return false;
  const terms = searchTerms(filter.q ?? "");
  if (terms.length === 0) return true;
  const text = searchableText(fact);
  return terms.every((term) => text.includes(term));
}

/** The facts that match, in the dataset's own order. */
export function filterFacts(facts: Fact[], filter: FactFilter): Fact[] {
  return facts.filter((fact) => matchesFilter(fact, filter));
}
