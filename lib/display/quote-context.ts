// A quote read in context: the sentence before it, the sentence(s) holding it,
// and the sentence after, cut from the source's stored text.
import { findQuote, type TextRange } from "@/lib/dataset/quote-match";

export type QuoteContext = {
  before: string;
  lead: string;
  quote: string;
  tail: string;
  after: string;
};

// A sentence ends at . ! ? (optionally followed by closing quotes) before
// whitespace, or at a line break.
const boundary = /[.!?…][”"’')\]]*(?=\s)|\n/g;

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(boundary)) ends.push((match.index ?? 0) + match[0].length);
  ends.push(text.length);
  return ends;
}

function startOfSentence(ends: number[], at: number): number {
  let start = 0;
  for (const end of ends) {
    if (end > at) break;
    start = end;
  }
  return start;
}

function endOfSentence(ends: number[], at: number): number {
  return ends.find((end) => end >= at) ?? at;
}

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

function quoteContextAt(text: string, range: TextRange): QuoteContext {
  const ends = sentenceEnds(text);
  const sentenceStart = startOfSentence(ends, range.start);
  const sentenceEnd = endOfSentence(ends, range.end);
  const nonEmpty = (from: number, to: number) => tidy(text.slice(from, to));
  // The sentence before; step back over blank lines so "before" is a sentence, not whitespace.
  let before = "";
  let cursor = sentenceStart;
  while (before === "" && cursor > 0) {
    const previous = startOfSentence(ends, cursor - 1);
    before = nonEmpty(previous, cursor);
    cursor = previous;
  }
  let after = "";
  let afterStart = sentenceEnd;
  while (after === "" && afterStart < text.length) {
    const afterEnd = endOfSentence(ends, afterStart + 1);
    after = nonEmpty(afterStart, afterEnd);
    afterStart = afterEnd;
  }
  return {
    before,
    lead: text.slice(sentenceStart, range.start).replace(/\s+/g, " ").trimStart(),
    quote: text.slice(range.start, range.end).replace(/\s+/g, " "),
    tail: text.slice(range.end, sentenceEnd).replace(/\s+/g, " ").trimEnd(),
    after,
  };
}

export function quoteContext(text: string, quote: string): QuoteContext | null {
  const range = findQuote(text, quote);
  return range ? quoteContextAt(text, range) : null;
}
