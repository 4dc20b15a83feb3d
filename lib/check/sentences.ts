// Sentences with their offsets in the submitted text, from Intl.Segmenter,
// then mended where it breaks too eagerly: after an abbreviation ("Mr.",
// "Dr.", "St.", "т.е.", "им.") or an initial ("N. Nazarbayev", "Н. Назарбаев").

export type Sentence = { text: string; start: number; end: number };

const abbreviations = new Set(
  ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "jr", "sr",
    "no", "vs", "etc", "approx", "est", "inc", "ltd", "corp", "co", "dept", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
    "г", "гг", "т.е", "т.к", "т.д", "т.п", "т.ч", "им", "ул", "см", "млн", "млрд", "тыс", "руб", "долл", "проф", "акад", "тов", "св"],
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: "sentence" })));
  return s;
}

/** Does this piece end in a word that a full stop does not end a sentence after? */
function endsInAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(«"“])((?:[\p{L}]\.)*[\p{L}]+)\.\s*$/u.exec(piece);
  if (!m?.[1]) return false;
  const word = m[1];
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  return abbreviations.has(word.toLowerCase());
}

export function splitSentences(text: string): Sentence[] {
  const locale = /[\u0400-\u04ff]/.test(text) ? "ru" : "en";
  const pieces: Sentence[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const { segment, index } of segmenter(locale).segment(text)) {
    const start: number = pending?.start ?? index;
    const end = index + segment.length;
    const joined = text.slice(start, end);
    // Keep a paragraph break a break even after an abbreviation.
    if (endsInAbbreviation(joined) && !/\n\s*$/.test(joined)) {
      pending = { start, end };
      continue;
    }
    pending = null;
    pieces.push({ text: joined, start, end });
  }
  if (pending) pieces.push({ text: text.slice(pending.start, pending.end), ...pending });
  return pieces.flatMap(trimmed);
}

/** The sentence without its surrounding white space, offsets adjusted; none when blank. */
function trimmed(piece: Sentence): Sentence[] {
  const lead = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  if (!text) return [];
  const start = piece.start + lead;
  return [{ text, start, end: start + text.length }];
}
