import { Snippet } from "@/components/actions/snippet";
import type { FormattedCitations } from "@/lib/citation/format";
import { citationStyleLabels, citationStyles } from "@/lib/citation/styles";
import { flowLabels } from "@/lib/recorded-trade/display";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";
import { routes, tableRowAnchor } from "@/lib/routes";
import { copyUrl } from "@/lib/recorded-trade/table-citation";
import type { LoadedTable } from "@/lib/dataset/tables/load";

function Meta({ table }: { table: LoadedTable }) {
  const rows: [string, React.ReactNode][] = [
    ["Compiler", table.compiler],
    ["Release", table.release],
    ...(table.published ? ([["Published", table.published]] as [string, string][]) : []),
    ["Unit", table.unit],
    ["Currency basis", table.currency_basis],
    ["Reporter", table.reporter],
    ["Citation given by the copy's documentation", table.citation ?? "none given"],
    [
      "Copy used",
      <>
        {table.copy.description} <a href={copyUrl(table)}>{table.copy.repository}/{table.copy.path}</a>, commit <code className="break-all">{table.copy.commit}</code>,
        blob <code className="break-all">{table.copy.blob}</code>
        {table.copy.sha256 && (
          <>
            , SHA-256 <code className="break-all">{table.copy.sha256}</code>
          </>
        )}
      </>,
    ],
    ["Stored extract", <>{table.file}, {table.rows.length} rows, SHA-256 <code className="break-all">{table.sha256}</code></>],
  ];
  return (
    <dl className="mt-4 grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Which series take which rows: a row's "quoted by", as a source page lists the facts quoting a passage. */
function usedRows(table: LoadedTable, series: RecordedSeriesView[]): Map<number, string[]> {
  const used = new Map<number, string[]>();
  for (const s of series) {
    for (const p of s.points) {
      if (p.tableId !== table.id) continue;
      for (const row of p.rows) used.set(row, [...(used.get(row) ?? []), `${s.short}: ${flowLabels[s.flow]} ${p.year}${p.derived ? " (summed)" : ""}`]);
    }
  }
  return used;
}

/** A statistical table's page: what it is, how to cite it, and its rows, each addressable as #row-N. */
export function TableDetail({ table, series, cited }: { table: LoadedTable; series: RecordedSeriesView[]; cited: FormattedCitations }) {
  const used = usedRows(table, series);
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Statistical table</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">{table.title}</h1>
      {table.title_kind === "description" && <p className="mt-1 text-sm text-muted">A description, not the compiler&apos;s own title.</p>}
      <Meta table={table} />
      {table.caveats.length > 0 && (
        <section aria-labelledby="caveats-heading" className="mt-6">
          <h2 id="caveats-heading" className="text-xl font-bold">Caveats</h2>
          <ul className="mt-2 list-disc pl-5 max-w-prose">
            {table.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="rows-heading" className="mt-8">
        <h2 id="rows-heading" className="text-xl font-bold">Rows, as stored ({table.rows.length})</h2>
        <p className="mt-1 text-sm text-muted">Values as the copy stores them, in {table.unit}. A row linked from a chart or a series is highlighted.</p>
        <div className="mt-3 overflow-x-auto">
          <table className="stat-table text-sm" data-stat-table={table.id}>
            <caption className="sr-only">{table.title}: every stored row</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {table.header.map((h) => (
                  <th key={h} scope="col">{h}</th>
                ))}
                <th scope="col">Used by</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((cells, i) => (
                <tr key={i} id={tableRowAnchor(i + 1)} data-row={i + 1}>
                  <th scope="row">
                    <a href={routes.table(table.id, i + 1)}>{i + 1}</a>
                  </th>
                  {cells.map((c, j) => (
                    <td key={j}>{c}</td>
                  ))}
                  <td>{(used.get(i + 1) ?? []).join("; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="mt-8" data-cite={`table-${table.id}`}>
        <h2 className="text-xl font-bold">Cite this table</h2>
        <p className="mt-1 text-sm text-muted">As a dataset: compiler, release and, where the style has a place for it (BibTeX, RIS, CSL-JSON notes), the copy used.</p>
        {citationStyles.map((style) => (
          <Snippet key={style} id={`cite-table-${table.id}-${style}`} label={citationStyleLabels[style]} text={cited[style]} />
        ))}
      </section>
    </article>
  );
}
