// Figures written in a text, in English or Russian ("70.96%", "70,96 %",
// "$1.4bn", "1,4 млрд долларов", "220,000 b/d", "seven candidates", "a
// quarter"), each with its value in base units, the precision it was written
// to, its qualifier ("more than", "около") and where it stands. Years are
// returned apart: they date a claim, they are not its figure.
import type { Qualifier } from "@/lib/check/figures";

export const textUnits = ["percent", "usd", "barrels-per-day", "number", "rank"] as const;
export type TextUnit = (typeof textUnits)[number];

export type TextFigure = {
  raw: string;
  value: number;
  /** Half the last written digit, in base units: 70.96 → 0.005, 220,000 → 5,000. */
  halfStep: number;
  unit: TextUnit;
  qualifier: Qualifier;
  start: number;
  end: number;
};

const months =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
  "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";

const monthAfter = new RegExp(`^\\s*(${months})(?![\\p{L}])`, "iu");
const monthBefore = new RegExp(`(?<![\\p{L}])(${months})\\s*$`, "iu");
const numberPattern = /(?<![\d.,\p{L}])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?![\d])(?!(?:st|nd|rd|th)\b)/gu;
const scalePattern = /^\s*(bn|billion|млрд\.?|миллиард\p{L}*|mn|m|million|млн\.?|миллион\p{L}*|thousand|тыс\.?|тысяч\p{L}*|k)(?![\p{L}])/iu;
const percentPattern = /^\s*(%|per\s?cent|процент\p{L}*|п\.п\.)/iu;
const dollarsAfter = /^\s*(dollars|usd|долл\.?\p{L}*|доллар\p{L}*)/iu;
const dollarsBefore = /(\$|US\$|USD)\s*$/iu;
const barrelsPattern = /^\s*(b\/d|bpd|barrels?\b[^.;!?]{0,40}?(?:\b(?:a|per|each)\s+day|\bdaily)|баррел\p{L}*[^.;!?]{0,40}?(?:в\s+(?:сутки|день)|ежедневно))/iu;
const ordinalPattern = /(?<![\p{L}])(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*|пят\p{L}*|шест\p{L}*)[\s-]+(?:largest|biggest|крупнейш\p{L}*)/giu;

const qualifierWords: Array<[Qualifier, RegExp]> = [
  ["over", /(more than|over|above|in excess of|exceeding|upwards of more than|более чем|более|свыше|больше)\s*$/iu],
  ["at-least", /(at least|upwards of|no less than|не менее|не меньше|как минимум|минимум)\s*$/iu],
  ["about", /(about|around|some|approximately|roughly|nearly|almost|close to|an estimated|около|примерно|почти|порядка|приблизительно|более-менее)\s*$/iu],
  ["under", /(less than|under|below|fewer than|менее|меньше)\s*$/iu],
  ["up-to", /(up to|as many as|вплоть до)\s*$/iu],
];

const spelled: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20,
  два: 2, двух: 2, три: 3, трёх: 3, трех: 3, четыре: 4, пять: 5, пяти: 5, шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, двадцать: 20,
};
const spelledPattern = new RegExp(`(?<![\\p{L}])(?:${Object.keys(spelled).join("|")})(?![\\p{L}])`, "giu");
const shares: Array<[RegExp, number]> = [
  // The nouns "четверть" and "треть" in each of their forms, not the ordinals "четвертый", "третье", "третьим".
  [/\b(a|one)\s+quarter\b|\bone in (every )?four\b|\bevery fourth\b|кажд\p{L}+ четв[её]рт\p{L}*|четверт(?:ь|ью|и|ей|ям|ями|ях)(?![\p{L}])/giu, 25],
  [/\b(a|one)\s+third\b|трет(?:ь|ью|и|ей|ям|ями|ях)(?![\p{L}])/giu, 33.3],
  [/\bhalf\b|половин\p{L}*/giu, 50],
];

function scaleOf(word: string): number {
  const w = word.toLowerCase();
  if (/^(bn|billion|млрд|миллиард)/.test(w)) return 1e9;
  if (/^(mn|m|million|млн|миллион)$|^миллион|^млн/.test(w)) return 1e6;
  return 1e3;
}

/** The value of a written number and how many decimals it was written to. */
export function readNumber(written: string, russian: boolean): { value: number; decimals: number } {
  let s = written.replace(/[ \u00a0\u202f]/g, "");
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let decimalMark: "," | "." | null = null;
  if (commas && dots) decimalMark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
  else if (commas === 1) decimalMark = !russian && /,\d{3}$/.test(s) ? null : ",";
  else if (dots === 1) decimalMark = russian && /\.\d{3}$/.test(s) ? null : ".";
  const [whole = "", fraction = ""] = decimalMark ? [s.slice(0, s.lastIndexOf(decimalMark)), s.slice(s.lastIndexOf(decimalMark) + 1)] : [s, ""];
  s = `${whole.replace(/[.,]/g, "")}.${fraction || "0"}`;
  return { value: Number(s), decimals: fraction.length };
}

function trailingZeros(written: string): number {
  const digits = written.replace(/\D/g, "");
  const m = /0+$/.exec(digits);
  return m ? Math.min(m[0].length, digits.length - 1) : 0;
}

function qualifierBefore(text: string, at: number): Qualifier {
  const before = text.slice(Math.max(0, at - 30), at).replace(/[$€]|US\$|USD\s*$/i, "");
  for (const [qualifier, pattern] of qualifierWords) if (pattern.test(before)) return qualifier;
  return "exactly";
}

export type ReadFigures = { figures: TextFigure[]; years: number[] };

export function readFigures(text: string): ReadFigures {
  const russian = /[\u0400-\u04ff]/.test(text);
  const figures: TextFigure[] = [];
  const years: number[] = [];
  for (const m of text.matchAll(numberPattern)) {
    const written = m[0];
    const start = m.index;
    let end = start + written.length;
    // What follows a number that can say what it counts: "1,4 млрд долларов", "220,000 barrels of crude oil a day".
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, start - 12), start);
    const { value: n, decimals } = readNumber(written, russian);
    if (!Number.isFinite(n)) continue;
    const isDate = monthAfter.test(after.slice(0, 20)) || monthBefore.test(before);
    const scale = scalePattern.exec(after);
    const rest = scale ? after.slice(scale[0].length) : after;
    const percent = percentPattern.exec(after);
    const dollars = dollarsBefore.test(before) || dollarsAfter.test(rest);
    const barrels = barrelsPattern.exec(rest);
    let unit: TextUnit = "number";
    if (percent) unit = "percent";
    else if (dollars) unit = "usd";
    else if (barrels) unit = "barrels-per-day";
    if (unit === "number" && !scale && decimals === 0 && /^\d{4}$/.test(written) && n >= 1900 && n <= 2100) {
      years.push(n);
      continue;
    }
    if (isDate && unit === "number" && !scale) continue;
    const multiplier = scale ? scaleOf(scale[1] ?? "") : 1;
    end += percent ? percent[0].length : scale ? scale[0].length : 0;
    const halfStep = decimals > 0 ? 0.5 * 10 ** -decimals * multiplier : 0.5 * 10 ** trailingZeros(written) * multiplier;
    figures.push({ raw: text.slice(start, end), value: n * multiplier, halfStep, unit, qualifier: qualifierBefore(text, start), start, end });
  }
  for (const m of text.matchAll(spelledPattern)) {
    const value = spelled[m[0].toLowerCase()];
    if (value === undefined) continue;
    // "eleven million", "двенадцать миллионов": a spelled number with a scale word.
    const scale = scalePattern.exec(text.slice(m.index + m[0].length));
    const multiplier = scale && !/^\s*(m|k)$/i.test(scale[0]) ? scaleOf(scale[1] ?? "") : 1;
    const end = m.index + m[0].length + (multiplier > 1 && scale ? scale[0].length : 0);
    figures.push({ raw: text.slice(m.index, end), value: value * multiplier, halfStep: 0.5 * multiplier, unit: "number", qualifier: qualifierBefore(text, m.index), start: m.index, end });
  }
  for (const [pattern, value] of shares) {
    for (const m of text.matchAll(pattern)) {
      figures.push({ raw: m[0], value, halfStep: 0.5, unit: "percent", qualifier: qualifierBefore(text, m.index) === "exactly" ? "about" : qualifierBefore(text, m.index), start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(ordinalPattern)) {
    const word = (m[1] ?? "").toLowerCase();
    const order = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].indexOf(word);
    const ru = [/^втор/, /^трет/, /^четв/, /^пят/, /^шест/].findIndex((p) => p.test(word));
    const value = order >= 0 ? order + 2 : ru + 2;
    figures.push({ raw: m[0], value, halfStep: 0.5, unit: "rank", qualifier: "exactly", start: m.index, end: m.index + m[0].length });
  }
  figures.sort((a, b) => a.start - b.start);
  return { figures, years };
}
