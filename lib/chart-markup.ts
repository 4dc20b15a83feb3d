// The charts and static blocks (lib/static-blocks.ts) scripts/render-charts.tsx
// drew at build time, read by the pages and routes that serve them. A missing file means the build skipped that script.
import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { blockFile, chartFile, type ChartFileKind } from "@/lib/chart-files";

function read(file: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: charts are drawn by \`tsx scripts/render-charts.tsx\`, which \`npm run build\` runs first`);
  return readFileSync(file, "utf8");
}

export function chartMarkup(panelId: string, kind: ChartFileKind): string {
  return read(chartFile(panelId, kind));
}

/** A static block's HTML by its key (lib/static-blocks.ts), or undefined when the build drew none. */
export function blockMarkup(key: string): string | undefined {
  const file = blockFile(key);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}
