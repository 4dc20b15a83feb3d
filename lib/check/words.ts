// Words as the matcher compares them: lower-cased, possessives dropped, and
// stemmed with `natural`'s Porter stemmers (Russian for Cyrillic words,
// English otherwise), so "elections" meets "election" and "выборах" "выборы".
import { stem as stemEnglish } from "natural/lib/natural/stemmers/porter_stemmer";
import { stem as stemRussian } from "natural/lib/natural/stemmers/porter_stemmer_ru";

const cyrillic = /[\u0400-\u04ff]/;
const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Words too common to say what a sentence is about, in either language. */
const stopWords = new Set(
  (
    "a an the of in on at to for from by with and or but as is are was were be been being it its this that these those " +
    "has have had he she they we you i his her their our so than then there which who whom what when where also " +
    "и в во на с со к ко по о об от до за из у же ли но а что как это этот эта эти его её их он она они мы вы был была было были быть для при то так"
  ).split(" "),
);

export function stemWord(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
  return cyrillic.test(lower) ? stemRussian(lower) : stemEnglish(lower);
}

export type Word = { raw: string; stem: string; start: number; end: number };

/** Every word of `text` with its stem and offsets; stop words are kept out. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const m of text.matchAll(wordPattern)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    if (stopWords.has(lower)) continue;
    found.push({ raw, stem: stemWord(raw), start: m.index, end: m.index + raw.length });
  }
  return found;
}

/** Does a word of the text meet a stem of a curated term? Equal stems, or the
 * text's word begins with a stem of four letters or more ("Токаева" for "тока"). */
export function stemMeets(textWord: Word, termStem: string): boolean {
  if (textWord.stem === termStem) return true;
  return termStem.length >= 4 && (textWord.raw.toLowerCase().startsWith(termStem) || textWord.stem.startsWith(termStem));
}
