// The recorded-trade chart as static SVG, written by hand (recharts 2 has no
// log axis that keeps a labelled tick per power of ten and a band for zeros):
// rendered to a file at build time by scripts/render-charts.tsx, no hooks.
import { markerPath } from "@/components/charts/series-style";
import { pressLook, seriesLook } from "@/components/recorded-trade/series-look";
import type { PressMarks } from "@/lib/recorded-trade/press";
import { FONT, type ChartLayout } from "@/lib/charts/layout";
import { pointSentence, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import { frame, placeLabels, runs, tickLabel, valueTicks, xOf, yOf } from "@/lib/recorded-trade/geometry";
import { routes } from "@/lib/routes";

export function RecordedChart({ id, title, series, press, layout }: { id: string; title: string; series: RecordedSeriesView[]; press: PressMarks; layout: ChartLayout }) {
  const f = frame(layout);
  const pressMarks = [
    ...press.dated.map((p) => ({ p, x: xOf(f, p.year), y: yOf(f, p.usdMillion * 1e6), text: p.short, when: p.asOf })),
    ...press.undated.map((p, i) => ({ p, x: f.undatedX, y: yOf(f, p.usdMillion * 1e6) + i * 0, text: p.short, when: p.asOf })),
  ];
  const labels = placeLabels(f, pressMarks, series.flatMap((s) => s.points.map((p) => ({ x: xOf(f, p.year), y: yOf(f, p.dollars) }))));
  const desc = `Log scale of current US dollars. ${series.map((s) => `${s.measure} (${s.short}, ${s.points.length} years, ${s.points[0]?.year}–${s.points.at(-1)?.year})`).join("; ")}. Press figures are separate marks, not joined.`;
  return (
    // No role="img": the chart holds links (one per point), which an image may not.
    <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${f.width} ${f.height}`} fontSize={FONT} data-recorded-chart={layout}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <g aria-hidden="true">
        {valueTicks.map((t) => (
          <g key={t}>
            <line x1={f.left} x2={f.right} y1={yOf(f, t)} y2={yOf(f, t)} stroke="var(--rule)" />
            <text x={f.left - 6} y={yOf(f, t) + 4} textAnchor="end" fill="var(--muted)">
              {tickLabel(t)}
            </text>
          </g>
        ))}
        <line x1={f.left} x2={f.right} y1={f.zeroY} y2={f.zeroY} stroke="var(--rule)" strokeDasharray="2 3" />
        <text x={f.left - 6} y={f.zeroY + 4} textAnchor="end" fill="var(--muted)">
          0
        </text>
        <line x1={f.left} x2={f.left} y1={f.top} y2={f.zeroY + 6} stroke="var(--muted)" />
        {f.yearTicks.map((year) => (
          <text key={year} x={xOf(f, year)} y={f.zeroY + 14 + FONT} textAnchor="middle" fill="var(--muted)">
            {year}
          </text>
        ))}
        <line x1={f.right} x2={f.right} y1={f.top} y2={f.zeroY + 6} stroke="var(--rule)" />
        <text x={f.width - 2} y={f.zeroY + 14 + FONT} textAnchor="end" fill="var(--muted)">
          undated
        </text>
        <text x={f.left} y={f.height - 4} fill="var(--muted)">
          Log scale; 0: recorded as 0
        </text>
      </g>
      {series.map((s) => {
        const look = seriesLook(s);
        return (
          <g key={s.id} data-series={s.id}>
            {runs(s.points).map((run) => (
              <polyline
                key={run[0]!.year}
                points={run.map((p) => `${xOf(f, p.year).toFixed(1)},${yOf(f, p.dollars).toFixed(1)}`).join(" ")}
                fill="none"
                stroke={look.color}
                strokeWidth={2}
                strokeDasharray={look.dash}
                aria-hidden="true"
                data-line={`${run[0]!.year}-${run.at(-1)!.year}`}
              />
            ))}
            {s.points.map((p) => (
              <a
                key={p.year}
                href={routes.table(p.tableId, p.rows[0])}
                aria-label={pointSentence(s, p)}
                data-point={`${s.id}:${p.year}`}
                // Value and unit in one attribute: svgo rounds an attribute that is a bare number (0.2 → .2).
                data-stored={`${p.value} ${p.unit}`}
                data-table={p.tableId}
                data-column={s.column}
                data-year={p.year}
                data-rows={p.rows.join(" ")}
              >
                <title>{pointSentence(s, p)}</title>
                <path d={markerPath(look.shape, xOf(f, p.year), yOf(f, p.dollars), layout === "wide" ? 3.5 : 3)} fill={p.dollars > 0 ? look.color : "var(--bg)"} stroke={look.color} strokeWidth={1.5} />
              </a>
            ))}
          </g>
        );
      })}
      <g data-press-figures>
        {pressMarks.map((m, i) => {
          const label = labels[i]!;
          const sentence = `Press figure, not a recorded statistic: ${m.p.short}, ${m.when}: ${m.p.measure}`;
          return (
            <a key={m.p.factId} href={routes.fact(m.p.factId)} aria-label={sentence} data-press={m.p.factId}>
              <title>{sentence}</title>
              {/* A label pushed away from its mark keeps a thin line back to it. */}
              {Math.abs(label.y - 4 - m.y) > 10 && (
                <line x1={m.x} y1={m.y} x2={label.x + (label.anchor === "end" ? 2 : -2)} y2={label.y - 4} stroke="var(--muted)" strokeWidth={0.75} />
              )}
              <path d={markerPath(pressLook.shape, m.x, m.y, 5)} fill={pressLook.color} />
              <text x={label.x} y={label.y} textAnchor={label.anchor} fill="var(--ink)" fontWeight={600}>
                {m.text}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}
