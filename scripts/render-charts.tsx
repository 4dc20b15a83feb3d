// Run by `npm run build` before `next build`: draws every chart panel with
// recharts, once per layout, through react-dom/server (which Next refuses in
// app routes), cleans the SVG with svgo and writes it beside the build output
// (lib/charts/files.ts). Pages inline these files, so no chart code reaches
// the browser. Also writes each panel's standalone SVG download. Like pages,
// the script queries the data and passes it to the components as props.
import "./allow-server-only.cjs";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { PanelChart } from "@/components/charts/panel-chart";
import { PanelSvg } from "@/components/charts/panel-svg";
import { chartLayouts, isChartView, type ChartLayout } from "@/lib/charts/layout";
import { chartFile, chartsDir } from "@/lib/charts/files";
import { dataHash, writeChartManifest } from "@/lib/charts/manifest";
import { dataDir, loadDataset } from "@/lib/dataset/load";
import { resolvePanel, type ResolvedPanel } from "@/lib/dataset/select";
import { listRecordedSeries, statisticsLine } from "@/lib/recorded-trade/data";
import { cleanChartSvg, extractSvg } from "@/lib/charts/svg-clean";

const data = dataDir();
// Hashed before it is read: the manifest never claims data newer than what was drawn.
const hash = dataHash(data);
const dataset = loadDataset(data);
const dir = chartsDir();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const started = performance.now();
let count = 0;
const primarySourceId = dataset.meta.primary_source;
const draw = (resolved: ResolvedPanel, layout: ChartLayout) =>
  extractSvg(renderToStaticMarkup(<PanelChart resolved={resolved} primarySourceId={primarySourceId} layout={layout} recorded={listRecordedSeries()} />));

const resolvedPanels = dataset.panels.map((panel) => resolvePanel(panel, dataset));
for (const resolved of resolvedPanels) {
  const { panel } = resolved;
  const charted = isChartView(panel.view);
  if (charted) {
    for (const layout of chartLayouts) {
      writeFileSync(chartFile(panel.id, layout, dir), cleanChartSvg(draw(resolved, layout), "inline"));
      count++;
    }
  }
  // Every panel has a download; cards and lists have no chart, only their figures.
  const chart = charted ? cleanChartSvg(draw(resolved, "wide"), "standalone") : null;
  const download = renderToStaticMarkup(<PanelSvg resolved={resolved} version={dataset.meta.version} chart={chart} statistics={statisticsLine(resolved.panel.view)} />);
  writeFileSync(chartFile(panel.id, "download", dir), cleanChartSvg(download, "standalone"));
}
// Last, so an interrupted bake leaves no manifest and the pages refuse its charts.
writeChartManifest(dir, { version: dataset.meta.version, dataHash: hash });
console.log(`${count} charts and ${dataset.panels.length} panel images drawn into ${path.relative(process.cwd(), dir)} in ${Math.round(performance.now() - started)} ms.`);
