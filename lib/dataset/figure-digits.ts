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
