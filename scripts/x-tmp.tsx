import "./allow-server-only.cjs";
import { writeFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { RecordedChart } from "@/components/recorded-trade/recorded-chart";
import { loadDataset } from "@/lib/dataset/load";
import { tradeSeries, undatedTradePoints } from "@/lib/chart-series";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
const d = loadDataset("data"); const p = d.panels.find(p=>p.id==="trade-over-time")!;
const facts = p.facts.map(id=>d.facts.find(f=>f.id===id)!);
const press = { dated: tradeSeries(facts).flatMap(s=>s.points), undated: undatedTradePoints(facts) };
const css = `:root{--ink:#1d1d1b;--muted:#55534e;--rule:#d9d5cc;--bg:#fbfaf7;--chart-1:#1f4e79;--chart-2:#c46a16}body{background:var(--bg);font-family:system-ui;margin:0}`;
for (const layout of ["wide","narrow"] as const) {
  const svg = renderToStaticMarkup(<RecordedChart id="x" title="Recorded trade" series={listRecordedSeries()} press={press} layout={layout} />);
  writeFileSync(`/tmp/chart-${layout}.html`, `<!doctype html><style>${css}</style><div style="width:${layout==="wide"?1000:360}px">${svg}</div>`);
}
