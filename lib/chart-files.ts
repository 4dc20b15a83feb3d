// Where scripts/render-charts.tsx writes each chart's SVG (and each panel's
// static body) and where pages read it: beside the build output (".next-charts" for ".next"), so a build on
// another dist dir (the growth benchmark) keeps its own charts.
import path from "node:path";
import type { ChartLayout } from "@/lib/chart-layout";

export type ChartFileKind = ChartLayout | "download";

export function chartsDir(distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(process.cwd(), `${distDir.replace(/\/+$/, "")}-charts`);
}

export function chartFile(panelId: string, kind: ChartFileKind, dir: string = chartsDir()): string {
  return path.join(dir, `${panelId}.${kind}.svg`);
}

/**
 * What a panel's <section> holds (title, chart, table, lists, sources) as HTML
 * drawn at build time, like the charts: the pages inline it as one static
 * block, so the browser hydrates one element instead of every cell and link,
 * and the inlined RSC payload carries one string instead of an element tree.
 * "summary" is the home page's cut: charts in their narrow drawing only, lists
 * cut short and the sources named briefly, each linking to the panel's page.
 */
export const panelBodyVariants = {
  summary: { compact: true, listLimit: 3, headingLevel: 2, linkToPanelPage: true },
  full: { compact: false, listLimit: undefined, headingLevel: 1, linkToPanelPage: false },
} as const;
export type PanelBodyVariant = keyof typeof panelBodyVariants;

export function panelBodyFile(panelId: string, variant: PanelBodyVariant, dir: string = chartsDir()): string {
  return path.join(dir, `${panelId}.body-${variant}.html`);
}

/** What a source page's <article> holds, drawn at build time for the same reason (components/source-detail.tsx). */
export function sourceDetailFile(sourceId: string, dir: string = chartsDir()): string {
  return path.join(dir, `source.${sourceId}.html`);
}

/** The file of a static block (lib/static-blocks.ts): its key names it. */
export function blockFile(key: string, dir: string = chartsDir()): string {
  return path.join(dir, `${key}.html`);
}
