// The two sizes every chart is drawn at, and the text of the value tips its
// marks reveal. Pure, so the build script, the pages and the tests agree.
import { truncateWords } from "@/lib/display/format";

export const chartLayouts = ["wide", "narrow"] as const;
export type ChartLayout = (typeof chartLayouts)[number];
/** A chart's SVG markup in each layout, as the build drew it. */
export type ChartDrawings = Record<ChartLayout, string>;

/**
 * Every chart text is drawn at FONT px in a viewBox `width` wide. The page
 * shows the wide drawing only where its box is at least 560 px wide
 * (a container query in app/globals.css), so text never renders below
 * FONT × 560 / 640 = 11.4 px; the narrow one is for boxes down to
 * 320 × 11 / FONT = 271 px, narrower than any phone's panel.
 */
export const FONT = 13;
export const LINE = 16;
export const layoutSpec = {
  wide: { width: 640, tipLines: 2, tipChars: 88, tickEvery: 1 },
  narrow: { width: 320, tipLines: 3, tipChars: 42, tickEvery: 2 },
} as const satisfies Record<ChartLayout, { width: number; tipLines: number; tipChars: number; tickEvery: number }>;

/** The height of the band above a chart where a mark's tip appears. */
export function tipBandHeight(layout: ChartLayout): number {
  return layoutSpec[layout].tipLines * LINE + 10;
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + " " + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The tip's parts (value, date, verdict first; long words last) as at most
 * `tipLines` lines; only the last part is shortened if they do not fit.
 */
export function tipLines(parts: string[], layout: ChartLayout): string[] {
  const { tipLines: max, tipChars } = layoutSpec[layout];
  const lines = wrapWords(parts.filter(Boolean).join(" · "), tipChars);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max - 1);
  return [...kept, truncateWords(lines.slice(max - 1).join(" "), tipChars)];
}

/** The panel views drawn as a chart (the others are cards and lists). */
const chartViews = ["bar", "share", "series", "recorded", "timeline"] as const;
type ChartView = (typeof chartViews)[number];
export const isChartView = (view: string): view is ChartView => (chartViews as readonly string[]).includes(view);
