// The panel as one standalone SVG file (/panels/{id}/image.svg), for print
// and reports: title, the chart, every figure with its date and verdict, the
// source line, the dataset version and the panel's address. Rendered by
// scripts/render-charts.tsx; light colours, since paper is white.
import { markerPath, seriesStyle } from "@/components/charts/series-style";
import { tradeSeries } from "@/lib/charts/series";
import { wrapWords } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { exportNote, exportRow, exportRowLine } from "@/lib/display/export-rows";
import { sourcesSentence } from "@/lib/display/publishers";
import { verdictLabels, type Verdict } from "@/lib/dataset/vocab";
import { siteName } from "@/lib/site";
import { absolute, routes } from "@/lib/routes";

const WIDTH = 720;
const PAD = 40;
const CHARS = 92;

const palette = {
  "--bg": "#fbfaf7",
  "--surface": "#ffffff",
  "--ink": "#1d1d1b",
  "--muted": "#55534e",
  "--rule": "#d9d5cc",
  "--chart-1": "#1f4e79",
  "--chart-2": "#c46a16",
  "--chart-3": "#6b7a8f",
  "--chart-4": "#3f7d4f",
};
const verdictColours: Record<Verdict, string> = { confirmed: "#1b6b3a", qualified: "#7a4b00", contradicted: "#a3201c", unverified: "#4a4f57" };

const style = `svg{${Object.entries(palette)
  .map(([k, v]) => `${k}:${v}`)
  .join(";")};font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:13px;fill:var(--ink)}
.chart-tip{visibility:hidden}a:hover .chart-tip,a:focus .chart-tip{visibility:visible}.chart-tip-hint{display:none}`;

/** The chart's root <svg>, sized and placed at (x, y), with its links made absolute. */
function placeChart(chart: string | null, x: number, y: number): { markup: string; height: number } {
  if (chart === null) return { markup: "", height: -24 };
  const height = Number(/viewBox="[\d.-]+ [\d.-]+ [\d.-]+ ([\d.]+)"/.exec(chart)?.[1] ?? 0);
  const markup = chart.replace("<svg", `<svg x="${x}" y="${y}"`).replaceAll('href="/', `href="${absolute(routes.home())}`);
  return { markup, height };
}

/** One or more lines per fact, top to bottom from `top`: what, when, and the verdict; never cut short. */
function figureRows(facts: ResolvedPanel["facts"], measures: string[], top: number) {
  let y = top;
  return facts.map((fact) => {
    const row = exportRow(fact);
    const lines = wrapWords(exportRowLine(row), CHARS - 16);
    const placed = { id: fact.id, lines, verdict: fact.verdict.rating, y, series: fact.figure ? measures.indexOf(fact.figure.measure) : -1, end: y + lines.length * 18 + 6 };
    y = placed.end;
    return placed;
  });
}

/** `statistics` names the statistical compilers before the press sources (recorded-trade panels; see statisticsLine). */
export function PanelSvg({ resolved, version, chart, statistics = "" }: { resolved: ResolvedPanel; version: string; chart: string | null; statistics?: string }) {
  const { panel, facts, sources } = resolved;
  // A series chart tells its measures apart by marker: each row shows its marker, as a key.
  const measures = panel.view === "series" ? tradeSeries(facts).map((s) => s.measure) : [];
  const indent = measures.length > 0 ? 20 : 0;
  let y = PAD;
  const title = wrapWords(panel.title, 48);
  const titleY = y + 44;
  y = titleY + (title.length - 1) * 32 + 16;
  const placed = placeChart(chart, PAD, y);
  y += placed.height + 24;
  const rows = figureRows(facts, measures, y);
  y = rows.at(-1)?.end ?? y;
  const noteText = exportNote(panel.note);
  const note = noteText ? wrapWords(noteText, CHARS) : [];
  const noteY = y + 18;
  if (note.length > 0) y = noteY + (note.length - 1) * 18 + 10;
  const url = absolute(routes.panel(panel.id));
  const footer = [...wrapWords(`${statistics}${sourcesSentence(sources)}`, CHARS), ...wrapWords(`Compiled and checked by ${siteName}, dataset version ${version}: ${url}`, CHARS)];
  y += 16;
  const footerY = y + 18;
  const height = footerY + footer.length * 18 + PAD / 2;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={WIDTH} height={height} viewBox={`0 0 ${WIDTH} ${height}`} lang="en">
      <title>{`${panel.title} (${siteName}, dataset version ${version})`}</title>
      <style>{style}</style>
      <rect width={WIDTH} height={height} fill="var(--bg)" />
      <text x={PAD} y={PAD} fontSize={14} fill="var(--muted)">
        {siteName}
      </text>
      <text x={PAD} y={titleY} fontSize={28} fontWeight={700} fill="var(--ink)">
        {title.map((line, i) => (
          <tspan key={i} x={PAD} dy={i === 0 ? 0 : 32}>
            {line}
          </tspan>
        ))}
      </text>
      <g dangerouslySetInnerHTML={{ __html: placed.markup }} />
      {rows.map((row) => (
        <a key={row.id} href={absolute(routes.fact(row.id))}>
          {row.series >= 0 && <path d={markerPath(seriesStyle(row.series).shape, PAD + 6, row.y + 9, 5)} fill={seriesStyle(row.series).color} />}
          <text x={PAD + indent} y={row.y + 14} fontSize={13} fill="var(--ink)">
            {row.lines.map((line, i) => (
              <tspan key={i} x={PAD + indent} dy={i === 0 ? 0 : 18}>
                {line}
              </tspan>
            ))}
          </text>
          <text x={WIDTH - PAD} y={row.y + 14} fontSize={12} fontWeight={700} textAnchor="end" fill={verdictColours[row.verdict]}>
            {verdictLabels[row.verdict].toUpperCase()}
          </text>
        </a>
      ))}
      {note.length > 0 && (
        <text x={PAD} y={noteY} fontSize={13} fill="var(--muted)">
          {note.map((line, i) => (
            <tspan key={i} x={PAD} dy={i === 0 ? 0 : 18}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      <path d={`M${PAD} ${y}H${WIDTH - PAD}`} stroke="var(--rule)" strokeWidth={2} />
      <text x={PAD} y={footerY} fontSize={13} fill="var(--muted)">
        {footer.map((line, i) => (
          <tspan key={i} x={PAD} dy={i === 0 ? 0 : 18}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
