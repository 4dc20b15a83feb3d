// Whether a figure written in a text says the same as a fact's figure: the
// range each one's wording allows, and how far apart two ranges lie.
import { describe, expect, it } from "vitest";
import { distance, factRange, factValue, figuresDiffer, gap, rangeOf, unitsAgree } from "@/lib/check/figures";
import type { TextFigure } from "@/lib/check/numbers";
import type { Figure } from "@/lib/dataset/schema";

const fact = (value: number, unit: Figure["unit"] = "percent", qualifier: Figure["qualifier"] = "exactly"): Figure => ({
  value, unit, qualifier, as_of: { kind: "exact", date: "2019-06-09" }, measure: "Turnout",
});
const text = (value: number, halfStep = 0.5, qualifier: TextFigure["qualifier"] = "exactly", unit: TextFigure["unit"] = "percent"): TextFigure => ({
  raw: String(value), value, halfStep, unit, qualifier, start: 0, end: 1,
});

describe("rangeOf", () => {
  it("reads an exact figure as its value give or take half its last digit", () => {
    expect(rangeOf(220_000, 5_000, "exactly")).toEqual({ low: 215_000, high: 225_000 });
  });
  it("reads 'more than' and 'at least' as open above, 'under' and 'up to' as open below", () => {
    expect(rangeOf(70, 0.5, "over").high).toBe(Infinity);
    expect(rangeOf(70, 0.5, "at-least")).toEqual({ low: 69.5, high: Infinity });
    expect(rangeOf(70, 0.5, "under").low).toBe(-Infinity);
    expect(rangeOf(70, 0.5, "up-to")).toEqual({ low: -Infinity, high: 70.5 });
  });
  it("keeps the value itself out of 'more than' and 'under'", () => {
    expect(rangeOf(0, 0.5, "over").low).toBeGreaterThan(0);
    expect(rangeOf(0, 0.5, "under").high).toBeLessThan(0);
  });
  it("reads 'about' as within 2.5% of the value, or half the last digit when that is wider", () => {
    expect(rangeOf(200, 0.5, "about")).toEqual({ low: 195, high: 205 });
    expect(rangeOf(4, 0.5, "about")).toEqual({ low: 3.5, high: 4.5 });
  });
});

describe("a fact's figure in base units", () => {
  it("takes the precision from the digits the fact was written with", () => {
    const r = factRange(fact(70.96));
    expect(r.low).toBeCloseTo(70.955, 9);
    expect(r.high).toBeCloseTo(70.965, 9);
    expect(factRange(fact(70))).toEqual({ low: 69.5, high: 70.5 });
  });
  it("scales millions and billions of dollars to dollars", () => {
    const r = factRange(fact(1.4, "usd-billion"));
    expect(r.low).toBeCloseTo(1.35e9, 0);
    expect(r.high).toBeCloseTo(1.45e9, 0);
    expect(factValue(fact(250, "usd-million"))).toBe(2.5e8);
  });
});

describe("comparing a text's figure with a fact's", () => {
  it("agrees on units only within one family", () => {
    expect(unitsAgree(fact(1.4, "usd-billion"), text(1.4e9, 5e7, "exactly", "usd"))).toBe(true);
    expect(unitsAgree(fact(7, "count"), text(7, 0.5, "exactly", "percent"))).toBe(false);
  });
  it("finds figures whose ranges only touch not different", () => {
    expect(figuresDiffer(fact(70), text(71))).toBe(false);
    expect(figuresDiffer(fact(70), text(69))).toBe(false);
  });
  it("finds figures whose ranges do not meet different, on either side", () => {
    expect(figuresDiffer(fact(70), text(72))).toBe(true);
    expect(figuresDiffer(fact(70), text(68))).toBe(true);
  });
  it("measures the gap between ranges and the distance between values relative to the fact", () => {
    expect(gap(fact(100, "count"), text(110, 0.5, "exactly", "number"))).toBeCloseTo(0.09, 9);
    expect(gap(fact(100, "count"), text(100.3, 0.5, "exactly", "number"))).toBe(0);
    expect(distance(fact(100, "count"), text(90, 0.5, "exactly", "number"))).toBeCloseTo(0.1, 9);
  });
});
