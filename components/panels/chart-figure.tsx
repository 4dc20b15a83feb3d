/**
 * A chart with its text alternative: a caption naming its source and, after
 * the figure (a <figcaption> must be its first or last child), a table of the
 * same numbers, reachable by keyboard and screen reader (and by print).
 */
export function ChartFigure({
  id,
  caption,
  chart,
  table,
}: {
  id: string;
  caption: React.ReactNode;
  chart: React.ReactNode;
  table: React.ReactNode;
}) {
  return (
    <div>
      <figure>
        <div className="chart" data-chart={id}>
          {chart}
        </div>
        <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
      </figure>
      <details className="chart-table mt-3" data-table-for={id}>
        <summary className="cursor-pointer text-sm font-medium">Show the numbers as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </div>
  );
}
