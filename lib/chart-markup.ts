// The charts scripts/render-charts.tsx drew at build time, read by the pages
// and routes that show them (components receive the markup as props). A
// missing file means the build skipped that script.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { chartFile, type ChartFileKind } from "@/lib/chart-files";
import { chartLayouts, isChartView, type ChartDrawings } from "@/lib/chart-layout";

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: charts are drawn by \`tsx scripts/render-charts.tsx\`, which \`npm run build\` runs first`);
  return readFileSync(file, "utf8");
}

export function chartMarkup(panelId: string, kind: ChartFileKind): string {
  return read(chartFile(panelId, kind));
}

/** A panel's chart in every layout, or null for a view drawn without a chart (cards, lists). */
export function panelDrawings(panel: { id: string; view: string }): ChartDrawings | null {
  if (!isChartView(panel.view)) return null;
  return Object.fromEntries(chartLayouts.map((layout) => [layout, chartMarkup(panel.id, layout)])) as ChartDrawings;
}
