// Which facts a text asserts, sentence by sentence. MiniSearch ranks the
// facts (statement, quote, translation, curated terms; stemmed in English
// and Russian); a fact is a match only when, besides:
// 1. the sentence holds one alternative of each of its curated term groups and
//    none of its "none" terms;
// 2. for a fact with a figure, the sentence holds a figure of the same unit
//    whose value is within 10% of the fact's and whose range (after its
//    qualifier) comes within 4% of the fact's: a more distant number is
//    another claim (another election, another year), not a different figure
//    for this one;
// 3. any year the sentence names falls within the fact's period;
// 4. among facts measuring the same thing, it is the one the sentence's figure
//    states: worded alike (exact, "more than", "about"), then the closest.
import MiniSearch from "minisearch";
import { distance, figuresDiffer, gap, unitsAgree } from "@/lib/check/figures";
import type { FactTerms, MatchTerms } from "@/lib/check/match-terms";
import { readFigures, type TextFigure } from "@/lib/check/numbers";
import { splitSentences } from "@/lib/check/sentences";
import { stemWord, stemMeets, words, type TermWord, type Word } from "@/lib/check/words";
import { asOfPhrase } from "@/lib/display/figure-date";
import { figurePhrase } from "@/lib/display/format";
import { parsePartialDate } from "@/lib/dataset/partial-date";
import type { AsOf, Fact } from "@/lib/dataset/schema";

export const maxTextLength = 50_000;
const maxDistance = 0.1;
const maxGap = 0.04;
/** MiniSearch's score at which a match reads 0.5: scores are for ranking; the gates above decide. */
const halfScore = 10;

export type CheckMatch = {
  fact: string;
  verdict: Fact["verdict"]["rating"];
  score: number;
  figure: { in_text: string | null; in_fact: string | null; differs: boolean };
};
export type CheckedSentence = { text: string; start: number; end: number; matches: CheckMatch[] };

type Compiled = { fact: Fact; all: TermWord[][][]; none: TermWord[][] };

const phraseStems = (phrase: string): TermWord[] => words(phrase).map((w) => ({ raw: w.raw.toLowerCase(), stem: w.stem })).filter((w) => w.stem);

function compile(fact: Fact, terms: FactTerms): Compiled {
  return { fact, all: terms.all.map((group) => group.map(phraseStems).filter((p) => p.length > 0)), none: (terms.none ?? []).map(phraseStems).filter((p) => p.length > 0) };
}

/** Where the phrase first occurs among the sentence's words, or -1. */
function findPhrase(sentence: Word[], phrase: TermWord[]): number {
  outer: for (let i = 0; i + phrase.length <= sentence.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (!stemMeets(sentence[i + j] as Word, phrase[j] as TermWord)) continue outer;
    return (sentence[i] as Word).start;
  }
  return -1;
}

/** Every beginning (three letters or more) of the sentence's words and stems, and the stems themselves: a quick "no" for most terms. */
function prefixesOf(sentence: Word[]): Set<string> {
  const seen = new Set<string>();
  for (const w of sentence) {
    seen.add(w.stem);
    for (const form of [w.lower, w.stem]) for (let n = 3; n <= form.length; n++) seen.add(form.slice(0, n));
  }
  return seen;
}

/** False when the phrase's first word cannot meet any word of the sentence (see stemMeets). */
function mayMeet(seen: Set<string>, phrase: TermWord[]): boolean {
  const first = phrase[0] as TermWord; // compile() keeps no empty phrase
  if (first.stem.length >= 4 || first.stem === first.raw) return seen.has(first.stem);
  return seen.has(first.raw) || first.raw.length < 3;
}

/** Where the first group's phrase occurs, when every group has one in the sentence; else -1. */
function firstOfEveryGroup(sentence: Word[], seen: Set<string>, groups: TermWord[][][]): number {
  let first = -1;
  for (const [i, group] of groups.entries()) {
    let found = -1;
    for (const phrase of group) {
      if (!mayMeet(seen, phrase)) continue;
      found = findPhrase(sentence, phrase);
      if (found >= 0) break;
    }
    if (found < 0) return -1;
    if (i === 0) first = found;
  }
  return first;
}

function yearRange(fact: Fact): [number, number] | null {
  const year = (d: string) => parsePartialDate(d)?.year ?? NaN;
  if (fact.figure) {
    const a: AsOf = fact.figure.as_of;
    if (a.kind === "exact") return [year(a.date), year(a.date)];
    if (a.kind === "estimated") return [year(a.from), year(a.to)];
    if (a.kind === "before") return [-Infinity, year(a.date)];
    if (a.kind === "after") return [year(a.date), Infinity];
    return null;
  }
  if (fact.event) return [year(fact.event.date), year(fact.event.end ?? fact.event.date)];
  return null;
}

type Candidate = { compiled: Compiled; score: number; figure: TextFigure | null; at: number };

export type Checker = { check(text: string): CheckedSentence[] };

export function createChecker(facts: Fact[], terms: MatchTerms): Checker {
  const compiled = new Map<string, Compiled>();
  for (const fact of facts) {
    const entry = terms[fact.id];
    if (entry) compiled.set(fact.id, compile(fact, entry));
  }
  const index = new MiniSearch<{ id: string; statement: string; quote: string; terms: string }>({
    fields: ["statement", "quote", "terms"],
    tokenize: (text) => words(text).map((w) => w.raw),
    processTerm: (term) => stemWord(term) || null,
    searchOptions: { boost: { terms: 2 }, combineWith: "OR" },
  });
  const docs = [...compiled.values()].map(({ fact }) => {
    const entry = terms[fact.id];
    return { id: fact.id, statement: fact.statement, quote: [fact.quote.text, fact.quote.translation ?? ""].join(" "), terms: (entry?.all.flat() ?? []).join(" ") };
  });
  index.addAll(docs);
  // Each fact's indexed stems: a query keeps only the words that can score for the facts it ranks.
  const vocabulary = new Map(docs.map((d) => [d.id, new Set(words(`${d.statement} ${d.quote} ${d.terms}`).map((w) => w.stem))]));

  const all = [...compiled.values()];
  // Every fact's period, worked out once.
  const periods = new Map(all.map((c) => [c.fact.id, yearRange(c.fact)]));

  function candidatesFor(sentence: string): Candidate[] {
    const sentenceWords = words(sentence);
    if (sentenceWords.length === 0) return [];
    const seen = prefixesOf(sentenceWords);
    // Figures are read only for a sentence that holds some fact's terms: most sentences hold none.
    let read: ReturnType<typeof readFigures> | null = null;
    const passed: Array<Omit<Candidate, "score">> = [];
    for (const c of all) {
      const at = firstOfEveryGroup(sentenceWords, seen, c.all);
      if (at < 0) continue;
      if (c.none.some((p) => mayMeet(seen, p) && findPhrase(sentenceWords, p) >= 0)) continue;
      read ??= readFigures(sentence);
      const { figures, years } = read;
      const factFigure = c.fact.figure;
      const range = periods.get(c.fact.id);
      if (range && years.length > 0 && !years.some((y) => y >= range[0] && y <= range[1])) continue;
      let figure: TextFigure | null = null;
      if (factFigure) {
        const near = figures
          .filter((f) => unitsAgree(factFigure, f) && distance(factFigure, f) <= maxDistance && gap(factFigure, f) <= maxGap)
          .sort((a, b) => gap(factFigure, a) - gap(factFigure, b) || distance(factFigure, a) - distance(factFigure, b) || Math.abs(a.start - at) - Math.abs(b.start - at));
        figure = near[0] ?? null;
        if (!figure) continue;
      }
      passed.push({ compiled: c, figure, at });
    }
    if (passed.length === 0) return [];
    // Ranked by MiniSearch only once the rules have passed a fact: most sentences of an article pass none.
    const ids = new Set(passed.map((p) => p.compiled.fact.id));
    const query = sentenceWords.filter((w) => [...ids].some((id) => vocabulary.get(id)?.has(w.stem))).map((w) => w.raw).join(" ");
    const scores = new Map(index.search(query, { filter: (r) => ids.has(r.id as string) }).map((r) => [r.id as string, r.score]));
    const found = passed.map((p) => {
      const raw = scores.get(p.compiled.fact.id) ?? 0;
      return { ...p, score: raw / (raw + halfScore) };
    });
    return closestPerMeasure(found);
  }

  return {
    check(text) {
      return splitSentences(text).map((s) => ({
        ...s,
        matches: candidatesFor(s.text)
          .sort((a, b) => b.score - a.score)
          .map(({ compiled: { fact }, score, figure }) => ({
            fact: fact.id,
            verdict: fact.verdict.rating,
            score: Math.round(score * 1000) / 1000,
            figure: {
              in_text: figure?.raw ?? null,
              in_fact: fact.figure ? `${figurePhrase(fact.figure)}, ${asOfPhrase(fact.figure.as_of)}` : null,
              differs: Boolean(fact.figure && figure && figuresDiffer(fact.figure, figure)),
            },
          })),
      }));
    },
  };
}

/**
 * Of facts measuring the same thing, keep the one the text's figure states: one
 * worded alike ("70.13%" is compared with the exact 70.96%, not found
 * consistent with "more than 70%"), then the nearest.
 */
function closestPerMeasure(found: Candidate[]): Candidate[] {
  const rank = (c: Candidate) => {
    const f = c.compiled.fact.figure;
    if (!f || !c.figure) return 0;
    return (f.qualifier === c.figure.qualifier ? 0 : 1000) + gap(f, c.figure) * 100 + distance(f, c.figure);
  };
  return found.filter((c) => {
    const measure = measureOf(c);
    if (!measure) return true;
    return !found.some((o) => o !== c && measureOf(o) === measure && rank(o) < rank(c));
  });
}

/** "Voter turnout (preliminary)" measures what "Voter turnout" does. */
function measureOf(c: Candidate): string | undefined {
  return c.compiled.fact.figure?.measure.replace(/\s*\([^)]*\)$/, "");
}
