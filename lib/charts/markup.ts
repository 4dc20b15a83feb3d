// The charts scripts/render-charts.tsx drew at build time, read by the pages
// and routes that show them (components receive the markup as props). A
// missing file means the build skipped that script; charts drawn from other
// data than the build's are refused (lib/charts/manifest.ts).
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { chartFile, chartsDir, type ChartFileKind } from "@/lib/charts/files";
import { chartLayouts, isChartView, type ChartDrawings } from "@/lib/charts/layout";
import { staleChartsReason } from "@/lib/charts/manifest";
import { dataDir } from "@/lib/dataset/load";
import { getDataset } from "@/lib/dataset/queries";

// Checked once per charts folder and process: hashing the data folder takes a moment.
const fresh = new Set<string>();

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: charts are drawn by \`tsx scripts/render-charts.tsx\`, which \`npm run build\` runs first`);
  const dir = chartsDir();
  if (!fresh.has(dir)) {
    const stale = staleChartsReason(dir, dataDir(), getDataset().meta.version);
    if (stale) throw new Error(`refusing the charts in ${dir}: ${stale}`);
    fresh.add(dir);
  }
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
