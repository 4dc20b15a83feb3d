// Rules that read a verdict's own words against the evidence it holds: a
// summary or a `searched` note may not deny what the fact's evidence shows.
import { figureDigitsInQuote } from "@/lib/dataset/figure-digits";
import type { Problem } from "@/lib/dataset/problem";
import type { Fact } from "@/lib/dataset/schema";

export function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+/).map((s) => s.trim()).filter(Boolean);
}

// "no second source checked", "no other source was consulted", "not checked".
const noSearch = /\b(?:no|not any) (?:second|other|further|independent|more) sources? (?:was |were |has been |have been )?(?:checked|consulted|searched|looked (?:at|for))\b|\b(?:was|were|has not been|have not been) not (?:checked|searched)\b/i;
// "None gives 90 million", "no source gives…", "not found", "nothing was found".
const denial = /\b(?:none|no(?: \S+){0,3}? (?:source|page|report|outlet|statistic|figure)s?)\b[^.;]*?\b(?:gives?|reports?|mentions?|states?|confirms?|names?|carr(?:y|ies)|repeats?)\b|\b(?:not|nothing|none) (?:was |were )?found\b/i;

/** The sentences of a text that deny a finding the fact's confirming evidence carries. */
function deniedFindings(text: string, fact: Fact): string[] {
  const confirming = fact.evidence.filter((e) => e.stance === "confirms");
  if (confirming.length === 0) return [];
  return sentences(text).filter((sentence) => {
    if (!denial.test(sentence)) return false;
    if (/^(?:not|nothing|none) (?:was |were )?found\.?$/i.test(sentence)) return true;
    const figure = fact.figure;
    return Boolean(figure && figureDigitsInQuote(figure.value, sentence) && confirming.some((e) => figureDigitsInQuote(figure.value, e.quote)));
  });
}

/** (a) A summary may not say no other source was checked while the fact shows what was looked at. */
export function summaryDenialProblems(file: string, fact: Fact): Problem[] {
  const looked = fact.evidence.length > 0 || Boolean(fact.verdict.searched);
  const problems: Problem[] = [];
  for (const sentence of sentences(fact.verdict.summary)) {
    if (looked && noSearch.test(sentence)) {
      const held = [fact.evidence.length > 0 ? `${fact.evidence.length} piece(s) of evidence` : null, fact.verdict.searched ? "a note of what was searched" : null].filter(Boolean).join(" and ");
      problems.push({ file, id: fact.id, field: "verdict.summary", reason: `says no other source was checked, but the fact holds ${held}: "${sentence}"` });
    }
  }
  for (const sentence of deniedFindings(fact.verdict.summary, fact)) {
    problems.push({ file, id: fact.id, field: "verdict.summary", reason: `denies what a confirming source gives: "${sentence}"` });
  }
  return problems;
}

/** (b) A searched note may not deny what a confirming piece of evidence gives. */
export function searchedDenialProblems(file: string, fact: Fact): Problem[] {
  const searched = fact.verdict.searched;
  if (!searched) return [];
  return deniedFindings(searched, fact).map((sentence) => ({
    file,
    id: fact.id,
    field: "verdict.searched",
    reason: `denies what a confirming source gives: "${sentence}"`,
  }));
}
