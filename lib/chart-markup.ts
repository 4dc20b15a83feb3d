// The charts (and static panel and source blocks) scripts/render-charts.tsx
// drew at build time, read by the pages that inline them. A missing file means the build skipped that script.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { chartFile, panelBodyFile, sourceDetailFile, type ChartFileKind, type PanelBodyVariant } from "@/lib/chart-files";

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: charts are drawn by \`tsx scripts/render-charts.tsx\`, which \`npm run build\` runs first`);
  return readFileSync(file, "utf8");
}

export function chartMarkup(panelId: string, kind: ChartFileKind): string {
  return read(chartFile(panelId, kind));
}

export function panelBodyMarkup(panelId: string, variant: PanelBodyVariant): string {
  return read(panelBodyFile(panelId, variant));
}

export function sourceDetailMarkup(sourceId: string): string {
  return read(sourceDetailFile(sourceId));
}
