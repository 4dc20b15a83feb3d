import { ChartFrame } from "@/components/charts/chart-frame";
import { DataTable } from "@/components/charts/data-table";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import { FactList } from "@/components/panels/fact-list";
import { shareBand, type ShareBand } from "@/lib/charts/series";
import type { ChartDrawings } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { shareCaption, tableCaption } from "@/lib/display/captions";
import { routes } from "@/lib/routes";

export function SharePanel({ resolved, drawings, compact = false }: { resolved: ResolvedPanel; drawings: ChartDrawings; compact?: boolean }) {
  const { panel, facts } = resolved;
  const bands = facts.map(shareBand).filter((b): b is ShareBand => b !== null);
  const rest = facts.filter((f) => !bands.some((b) => b.factId === f.id));
  return (
    <>
      <ChartFrame
        panelId={panel.id}
        drawings={drawings}
        compact={compact}
        caption={shareCaption(panel.title)}
        table={
          <DataTable
            caption={tableCaption(panel.title)}
            columns={["Measure", "Share", "Kind", "As of", "Verdict", "Fact"]}
            rows={bands.map((band) => [
              band.measure,
              band.phrase,
              band.lowerBound ? "lower bound" : "point value",
              band.asOf,
              <VerdictBadge key="v" verdict={band.verdict} />,
              <a key={band.factId} href={routes.fact(band.factId)}>quote and verdict</a>,
            ])}
          />
        }
      />
      {rest.length > 0 && (
        <div className="mt-4">
          <FactList facts={rest} />
        </div>
      )}
    </>
  );
}
