// A figure must be traceable to its quote: the digits of its value have to
// appear as one of the numbers written in the quote ("upwards of 25 percent"
// holds 25; "1,544 bilhão" holds 1544 million). Separators and scale are
// ignored, so 1500 (USD million) matches "$1.5 billion". Small numbers that
// the quote spells out ("seven candidates", "fifth largest") count too.

const cardinals = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
];
const ordinals = [
  "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
];

function significantDigits(written: string): string {
  return written.replace(/[.,\s]/g, "").replace(/^0+/, "").replace(/0+$/, "");
}

/** The numbers a text writes, as digits: "25", "1,544", and "seven" as "7". */
export function numbersInText(text: string): string[] {
  const digits = text.match(/\d(?:[\d.,]*\d)?/g) ?? [];
  const words = (text.toLowerCase().match(/[a-z]+/g) ?? []).flatMap((word) => {
    const n = Math.max(cardinals.indexOf(word), ordinals.indexOf(word));
    return n >= 0 ? [String(n)] : [];
  });
  return [...digits, ...words];
}

export function figureDigitsInQuote(value: number, quote: string): boolean {
  const wanted = significantDigits(String(Math.abs(value)));
  return numbersInText(quote).some((n) => significantDigits(n) === wanted);
}

type Bound = "exactly" | "about" | "at-least" | "over" | "under" | "up-to";

function decimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

function asNumber(written: string): number {
  return Number(written.replace(/,/g, ""));
}

/**
 * Whether a text carries a number that bears out a figure as qualified: its
 * own digits, or (same scale, no unit conversion) a more precise value that
 * satisfies the qualifier. 70.96% bears out "more than 70 percent"; 16.23%
 * bears out "about 16.2 percent"; 80% does not bear out "about 25 percent".
 */
export function figureBorneOut(value: number, qualifier: Bound, text: string): boolean {
  if (figureDigitsInQuote(value, text)) return true;
  if (qualifier === "exactly") return false;
  const places = decimals(value);
  return numbersInText(text)
    .map(asNumber)
    .filter((n) => Number.isFinite(n))
    .some((n) => {
      switch (qualifier) {
        case "about":
          return Number(n.toFixed(places)) === value;
        case "over":
          return n > value && n < value * 1.1;
        case "at-least":
          return n >= value && n < value * 1.1;
        case "under":
          return n < value && n > value * 0.9;
        case "up-to":
          return n <= value && n > value * 0.9;
      }
    });
}
