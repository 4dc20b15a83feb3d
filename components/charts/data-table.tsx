/** A plain, accessible table: header cells scoped, first column as row headers. */
export function DataTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: React.ReactNode[][] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className="border-b border-rule py-1 pr-3 font-semibold">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, c) =>
              c === 0 ? (
                <th key={c} scope="row" className="border-b border-rule py-1 pr-3 font-normal">
                  {cell}
                </th>
              ) : (
                <td key={c} className="border-b border-rule py-1 pr-3 tabular-nums">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
