import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import { barRows } from "@/lib/charts/series";
import type { ChartDrawings } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { barCaption, barCells, tableCaption } from "@/lib/display/captions";
import { routes } from "@/lib/routes";

export function BarPanel({ resolved, drawings, primarySourceId, compact = false }: { resolved: ResolvedPanel; drawings: ChartDrawings; primarySourceId: string; compact?: boolean }) {
  const { panel, facts, sources } = resolved;
  const rows = barRows(panel, facts, primarySourceId);
  return (
    <ChartFrame
      panelId={panel.id}
      drawings={drawings}
      compact={compact}
      caption={barCaption(panel.title, sources, primarySourceId, rows)}
      table={
        <DataTable
          caption={tableCaption(panel.title)}
          columns={["Measure", "Value", "As of", "Verdict", "Primary article", "Fact"]}
          rows={rows.map((row) => {
            const cells = barCells(row);
            return [
              row.label,
              row.phrase,
              cells.asOf,
              row.verdict ? <VerdictBadge key="v" verdict={row.verdict} /> : "computed",
              cells.article,
              row.factId ? <a href={routes.fact(row.factId)}>quote and verdict</a> : "computed",
            ];
          })}
        />
      }
    />
  );
}
