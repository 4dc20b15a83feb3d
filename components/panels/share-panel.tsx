import { StaticChart } from "@/components/charts/static-chart";
import { ChartFigure } from "@/components/panels/chart-figure";
import { DataTable } from "@/components/panels/data-table";
import { VerdictBadge } from "@/components/verdict-badge";
import { FactList } from "@/components/panels/fact-list";
import { shareBand, type ShareBand } from "@/lib/chart-series";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";

export function SharePanel({ resolved, compact = false }: { resolved: ResolvedPanel; compact?: boolean }) {
  const { panel, facts } = resolved;
  const bands = facts.map(shareBand).filter((b): b is ShareBand => b !== null);
  const rest = facts.filter((f) => !bands.some((b) => b.factId === f.id));
  return (
    <>
      <ChartFigure
        id={panel.id}
        chart={<StaticChart panelId={panel.id} compact={compact} />}
        caption={
          <>
            {panel.title}. Solid: the share the source reports. Hatched: what a floor such as “at least” leaves open; the
            source does not say how much more.
          </>
        }
        table={
          <DataTable
            caption={`${panel.title}: the numbers`}
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
