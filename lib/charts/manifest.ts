// The bake bound to the data: scripts/render-charts.tsx writes, beside the
// charts it draws, which data it drew them from (the dataset version and a
// hash of every file in the data folder); the pages' loader (lib/charts/markup.ts)
// refuses charts drawn from other data. So `next build` alone, or `npm run dev`
// after an edit to data/, stops with a message instead of shipping old charts.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type ChartManifest = { version: string; dataHash: string };

const manifestFile = (chartsDir: string) => path.join(chartsDir, "manifest.json");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

/** A hash of every file under `dataDir`, by path and content: any edit, addition, removal or rename changes it. */
export function dataHash(dataDir: string): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(dataDir).map((f) => path.relative(dataDir, f).split(path.sep).join("/")).sort()) {
    hash.update(file).update("\0").update(readFileSync(path.join(dataDir, file))).update("\0");
  }
  return hash.digest("hex");
}

export function writeChartManifest(chartsDir: string, manifest: ChartManifest): void {
  writeFileSync(manifestFile(chartsDir), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Why the charts in `chartsDir` cannot be shown with the data in `dataDir` (version `version`), or null when they were drawn from it. */
export function staleChartsReason(chartsDir: string, dataDir: string, version: string): string | null {
  const rerun = "run `npx tsx scripts/render-charts.tsx` (`npm run build` and `npm run dev` do it first)";
  const file = manifestFile(chartsDir);
  if (!existsSync(file)) return `${file} is missing, so nothing says which data the charts were drawn from: ${rerun}`;
  const drawn = JSON.parse(readFileSync(file, "utf8")) as Partial<ChartManifest>;
  if (drawn.version !== version) return `the charts were drawn for dataset version ${drawn.version}, and the data is version ${version}: ${rerun}`;
  if (drawn.dataHash !== dataHash(dataDir)) return `the charts were drawn from other data than ${dataDir} holds now (version ${version} in both, the files differ): ${rerun}`;
  return null;
}
