// Words as the matcher compares them: lower-cased, possessives dropped, and
// stemmed with `natural`'s Porter stemmers (Russian for Cyrillic words,
// English otherwise), so "elections" meets "election" and "выборах" "выборы".
import { stem as stemEnglish } from "natural/lib/natural/stemmers/porter_stemmer";
import { stem as stemRussian } from "natural/lib/natural/stemmers/porter_stemmer_ru";

const cyrillic = /[\u0400-\u04ff]/;
// Hyphenated words are read as their parts, in texts and terms alike: "gas-rich" holds "gas".
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words too common to say what a sentence is about, in either language. */
const stopWords = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being it its this that these those " +
    "has have had he she they we you i his her their our so than then there which who whom what when where also " +
    "и в во на с со к ко по о об от до за из у же ли но а что как это этот эта эти его её их он она они мы вы был была было были быть для при то так"
  ).split(" "),
);

// Stems are asked for again and again (every sentence, every search); the stemmers are the cost.
const stems = new Map<string, string>();
const maxCached = 100_000;

export function stemWord(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
  const stem = cyrillic.test(lower) ? stemRussian(lower) : stemEnglish(lower);
  if (stems.size >= maxCached) stems.clear();
  stems.set(word, stem);
  return stem;
}

export type Word = { raw: string; lower: string; stem: string; start: number; end: number };

/** Every word of `text` with its stem and offsets; stop words are kept out. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    if (stopWords.has(lower)) continue;
    found.push({ raw, lower, stem: stemWord(raw), start: m.index, end: m.index + raw.length });
  }
  return found;
}

/** A curated term's word, as the matcher compares it. */
export type TermWord = { raw: string; stem: string };

/**
 * Does a word of the text meet a word of a curated term? A stem of four
 * letters or more meets words that equal it or begin with it ("Токаева" for
 * "тока"). A shorter stem would meet too much (Russian "визит" and "визы"
 * share "виз"): it meets its own stem only when the term is written as that
 * stem ("газ", "UN"), and otherwise words beginning with the term as written.
 */
export function stemMeets(textWord: Word, term: TermWord): boolean {
  if (textWord.stem === term.stem) return term.stem.length >= 4 || term.stem === term.raw || textWord.lower.startsWith(term.raw);
  if (term.stem.length >= 4) return textWord.lower.startsWith(term.stem) || textWord.stem.startsWith(term.stem);
  return term.stem !== term.raw && textWord.lower.startsWith(term.raw);
}
