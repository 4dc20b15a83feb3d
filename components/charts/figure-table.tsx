import { DataTable } from "@/components/charts/data-table";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { UndatedTradePoint } from "@/lib/charts/series";
import { routes } from "@/lib/routes";

/** Sourced money figures as a table: each with its date, measure, verdict and a link to its fact. */
export function FigureTable({ caption, figures }: { caption: string; figures: UndatedTradePoint[] }) {
  return (
    <DataTable
      caption={caption}
      columns={["As of", "Measure", "Value", "Verdict", "Fact"]}
      rows={figures.map((p) => [
        p.asOf,
        p.measure,
        p.phrase,
        <VerdictBadge key="v" verdict={p.verdict} />,
        <a key="l" href={routes.fact(p.factId)}>quote and verdict</a>,
      ])}
    />
  );
}
