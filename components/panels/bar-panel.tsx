import { StaticChart } from "@/components/charts/static-chart";
import { ChartFigure } from "@/components/panels/chart-figure";
import { DataTable } from "@/components/panels/data-table";
import { VerdictBadge } from "@/components/verdict-badge";
import { barRows } from "@/lib/chart-series";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";

export function BarPanel({ resolved, primarySourceId, compact = false }: { resolved: ResolvedPanel; primarySourceId: string; compact?: boolean }) {
  const { panel, facts, sources } = resolved;
  const rows = barRows(panel, facts, primarySourceId);
  const others = sources.filter((s) => s.id !== primarySourceId).map((s) => s.publisher);
  return (
    <ChartFigure
      id={panel.id}
      chart={<StaticChart panelId={panel.id} compact={compact} />}
      caption={
        <>
          {panel.title}. Bars: {others.join(", ")}. In brackets, the primary article’s rounded figures.
          {rows.some((r) => r.computed) && " The hatched bar is computed, not reported."}
        </>
      }
      table={
        <DataTable
          caption={`${panel.title}: the numbers`}
          columns={["Measure", "Value", "As of", "Verdict", "Primary article", "Fact"]}
          rows={rows.map((row) => [
            row.label,
            row.phrase,
            row.asOf ?? "—",
            row.verdict ? <VerdictBadge key="v" verdict={row.verdict} /> : "computed",
            row.articleFigures.map((a) => a.phrase).join(", ") || "—",
            row.factId ? <a href={routes.fact(row.factId)}>quote and verdict</a> : "computed",
          ])}
        />
      }
    />
  );
}
