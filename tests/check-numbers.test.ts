// Figures written in a text: each one's value in base units, the precision it
// was written to, its unit and qualifier, and years kept apart.
import { describe, expect, it } from "vitest";
import { readFigures, readNumber } from "@/lib/check/numbers";

const one = (text: string) => readFigures(text).figures[0];
const values = (text: string) => readFigures(text).figures.map((f) => f.value);

describe("readNumber", () => {
  it("reads the last of a comma and a dot as the decimal mark when both are written", () => {
    expect(readNumber("1,234.56", false)).toEqual({ value: 1234.56, decimals: 2 });
    expect(readNumber("1.234,5", true)).toEqual({ value: 1234.5, decimals: 1 });
  });
  it("reads a dot with three digits after it as a thousands separator in Russian only", () => {
    expect(readNumber("1.544", true)).toEqual({ value: 1544, decimals: 0 });
    expect(readNumber("1.544", false)).toEqual({ value: 1.544, decimals: 3 });
    expect(readNumber("16.5", true)).toEqual({ value: 16.5, decimals: 1 });
    expect(readNumber("1.5444", true)).toEqual({ value: 1.5444, decimals: 4 });
  });
  it("reads a comma followed by other than exactly three digits as the decimal mark", () => {
    expect(readNumber("1,5444", false)).toEqual({ value: 1.5444, decimals: 4 });
  });
  it("reads several separators of one kind as thousands", () => {
    expect(readNumber("2,001,000", false)).toEqual({ value: 2_001_000, decimals: 0 });
  });
});

describe("readFigures: precision", () => {
  it("takes half the last written digit, trailing zeros of a whole number included", () => {
    expect(one("220,000 barrels a day")?.halfStep).toBe(5_000);
    expect(one("2,001,000 barrels a day")?.halfStep).toBe(500);
    expect(one("turnout of 70.96%")?.halfStep).toBeCloseTo(0.005, 12);
  });
  it("reads a lone zero to the unit", () => {
    expect(one("fell to 0%")?.halfStep).toBe(0.5);
  });
  it("scales the precision with a scale word", () => {
    expect(one("$1.4bn")?.halfStep).toBeCloseTo(5e7, 0);
    expect(one("5 thousand people")).toMatchObject({ value: 5_000, halfStep: 500 });
    expect(one("eleven million voters")?.halfStep).toBe(500_000);
  });
});

describe("readFigures: units and scales", () => {
  it("reads thousands and millions in both languages", () => {
    expect(values("5 thousand")).toEqual([5_000]);
    expect(values("3 млн")).toEqual([3e6]);
    expect(values("3 миллиона")).toEqual([3e6]);
    expect(values("2 миллиарда")).toEqual([2e9]);
    expect(values("4 тыс.")).toEqual([4_000]);
  });
  it("sees a dollar sign at the very start of the text", () => {
    expect(one("$1.4bn of imports a year")).toMatchObject({ value: 1.4e9, unit: "usd" });
  });
  it("reads 'over USD 5 billion' as more than five billion dollars", () => {
    expect(one("exports of over USD 5 billion")).toMatchObject({ value: 5e9, unit: "usd", qualifier: "over" });
  });
  it("reads a plain count as a number", () => {
    expect(one("Some 3 candidates stood")).toMatchObject({ raw: "3", value: 3, unit: "number", qualifier: "about" });
  });
  it("keeps a figure that follows a month name when it is a percentage", () => {
    expect(one("By June 77% of voters had registered")).toMatchObject({ value: 77, unit: "percent" });
  });
  it("gives the raw text and its offsets, the unit word included", () => {
    expect(one("Turnout was 77.4 %.")).toMatchObject({ raw: "77.4 %", start: 12, end: 18 });
    expect(one("a total of 3 million")).toMatchObject({ raw: "3 million", start: 11, end: 20 });
  });
  it("skips a number too long to be read", () => {
    expect(readFigures(`${"9".repeat(400)} people`).figures).toEqual([]);
  });
});

describe("readFigures: years", () => {
  it("reads four-digit numbers from 1900 to 2100 as years, inclusive", () => {
    const read = readFigures("From 1899 to 1900, and from 2100 to 2101.");
    expect(read.years).toEqual([1900, 2100]);
    expect(read.figures.map((f) => f.value)).toEqual([1899, 2101]);
  });
  it("reads a year-like number with a scale word or a unit as a figure", () => {
    expect(readFigures("a market of 2000 million people")).toEqual({ figures: [expect.objectContaining({ value: 2e9 })], years: [] });
    expect(readFigures("it cost $2000")).toEqual({ figures: [expect.objectContaining({ value: 2000, unit: "usd" })], years: [] });
  });
});

describe("readFigures: spelled numbers and shares", () => {
  it("does not read a bare 'm' after a spelled number as millions", () => {
    expect(one("a well ten m deep")).toMatchObject({ raw: "ten", value: 10 });
  });
  it("keeps the qualifier written before a share, and 'about' when none is", () => {
    expect(one("more than half of the oil")).toMatchObject({ value: 50, qualifier: "over", raw: "half", start: 10, end: 14 });
    expect(one("a third of the oil")).toMatchObject({ value: 33.3, qualifier: "about", unit: "percent" });
  });
});

describe("readFigures: Russian shares", () => {
  it("reads the nouns 'четверть' and 'треть' as shares, and 'каждый четвёртый' as a quarter", () => {
    expect(values("четверть нефти")).toEqual([25]);
    expect(values("более трети голосов")).toEqual([33.3]);
    expect(values("каждый четвёртый литр")).toEqual([25]);
  });
  it("does not read the ordinals 'третье' or 'четвертом' as shares", () => {
    expect(readFigures("третье место — Дания Еспаева с 5,2%").figures.map((f) => [f.value, f.unit])).toEqual([[5.2, "percent"]]);
    expect(readFigures("в четвертом квартале").figures).toEqual([]);
  });
});

describe("readFigures: ranks", () => {
  it("reads English ordinals before 'largest' or 'biggest' as ranks", () => {
    expect(one("Kazakhstan is the Second largest supplier")).toMatchObject({ raw: "Second largest", value: 2, unit: "rank", qualifier: "exactly", start: 18, end: 32 });
    expect(values("the fifth-largest and the tenth biggest")).toEqual([5, 10]);
    expect(values("third largest, fourth largest, sixth largest, seventh largest, eighth largest, ninth largest")).toEqual([3, 4, 6, 7, 8, 9]);
  });
  it("reads Russian ordinals before 'крупнейший' as ranks", () => {
    expect(values("второй крупнейший, третьим крупнейшим, четвёртый крупнейший, пятый крупнейший, шестой крупнейший")).toEqual([2, 3, 4, 5, 6]);
  });
});
