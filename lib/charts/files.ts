// Where scripts/render-charts.tsx writes each chart's SVG and where pages read
// it: beside the build output (".next-charts" for ".next"), so a build on
// another dist dir (the growth benchmark) keeps its own charts.
import path from "node:path";
import type { ChartLayout } from "@/lib/charts/layout";

export type ChartFileKind = ChartLayout | "download";

export function chartsDir(distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): string {
  return path.resolve(process.cwd(), `${distDir.replace(/\/+$/, "")}-charts`);
}

export function chartFile(panelId: string, kind: ChartFileKind, dir: string = chartsDir()): string {
  return path.join(dir, `${panelId}.${kind}.svg`);
}
