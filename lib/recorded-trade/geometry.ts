// Where the recorded-trade chart puts things: a log scale of US dollars (one
// axis from under $1m to $2.5bn, each power of ten labelled), years across,
// a band under the axis for values recorded as 0, and a column at the right
// for press figures that have no year. Pure, so tests can check positions.
import type { ChartLayout } from "@/lib/charts/layout";
import { FONT } from "@/lib/charts/layout";

export const yearFrom = 1991.5;
export const yearTo = 2025.9;
const logMin = Math.log10(5e4);
const logMax = Math.log10(3.2e9);
export const valueTicks = [1e5, 1e6, 1e7, 1e8, 1e9] as const;

export type Frame = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  zeroY: number;
  undatedX: number;
  yearTicks: number[];
};

export function frame(layout: ChartLayout): Frame {
  const wide = layout === "wide";
  const width = wide ? 640 : 320;
  const left = wide ? 56 : 50;
  const undatedWidth = wide ? 64 : 44;
  const top = 12;
  const plotHeight = wide ? 300 : 340;
  const bottom = top + plotHeight;
  const zeroY = bottom + 18;
  const step = wide ? 4 : 8;
  const yearTicks: number[] = [];
  // The last tick stays clear of the "undated" column's label.
  for (let y = 1992; y <= (wide ? 2024 : 2016); y += step) yearTicks.push(y);
  return { width, height: zeroY + 14 + FONT * 2 + 8, left, right: width - undatedWidth, top, bottom, zeroY, undatedX: width - undatedWidth / 2, yearTicks };
}

export function xOf(f: Frame, year: number): number {
  return f.left + ((year - yearFrom) / (yearTo - yearFrom)) * (f.right - f.left - 8);
}

/** A positive dollar amount on the log axis; 0 sits in the band under it. */
export function yOf(f: Frame, dollars: number): number {
  if (dollars <= 0) return f.zeroY;
  const t = (Math.log10(dollars) - logMin) / (logMax - logMin);
  return f.bottom - Math.min(1, Math.max(0, t)) * (f.bottom - f.top);
}

export function tickLabel(dollars: number): string {
  return dollars >= 1e9 ? `$${dollars / 1e9}bn` : `$${dollars / 1e6}m`;
}

/**
 * Runs of consecutive years with a positive value: a line is drawn only
 * within a run, so a missing year (a gap) or a 0 (below the axis) breaks it.
 */
export function runs<T extends { year: number; dollars: number }>(points: T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  for (const p of points) {
    const last = current.at(-1);
    if (p.dollars > 0 && (!last || p.year === last.year + 1)) current.push(p);
    else {
      if (current.length) out.push(current);
      current = p.dollars > 0 ? [p] : [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Each label takes the first spot beside its mark that overlaps no placed label or marker and stays inside the plot. */
export function placeLabels(
  f: Frame,
  marks: { x: number; y: number; text: string }[],
  obstacles: { x: number; y: number }[],
): { x: number; y: number; anchor: "start" | "end" }[] {
  // The series' own markers are obstacles too, so a label never covers a recorded value.
  const placed: Box[] = [...marks, ...obstacles].map((m) => ({ x: m.x - 5, y: m.y - 5, w: 10, h: 10 }));
  return marks.map((m) => {
    const w = m.text.length * FONT * 0.7 + 2;
    const candidates: { x: number; y: number; anchor: "start" | "end" }[] = [
      { x: m.x - 9, y: m.y + 4, anchor: "end" },
      { x: m.x + 9, y: m.y + 4, anchor: "start" },
      { x: m.x - 9, y: m.y - 12, anchor: "end" },
      { x: m.x - 9, y: m.y + 20, anchor: "end" },
      { x: m.x + 9, y: m.y - 12, anchor: "start" },
      { x: m.x + 9, y: m.y + 20, anchor: "start" },
      { x: m.x - 9, y: m.y - 28, anchor: "end" },
      { x: m.x - 9, y: m.y + 36, anchor: "end" },
      { x: m.x + 9, y: m.y - 28, anchor: "start" },
      { x: m.x + 9, y: m.y + 36, anchor: "start" },
    ];
    const box = (c: (typeof candidates)[number]): Box => ({ x: c.anchor === "end" ? c.x - w : c.x, y: c.y - FONT, w, h: FONT + 4 });
    const fits = (c: (typeof candidates)[number]) => {
      const b = box(c);
      return b.x >= f.left && b.x + b.w <= f.width && b.y >= 0 && !placed.some((p) => overlaps(p, b));
    };
    const chosen = candidates.find(fits) ?? candidates[0]!;
    placed.push(box(chosen));
    return chosen;
  });
}
