// RFC 4180 CSV of the dataset's tables, written by csv-stringify: a header
// row, CRLF line ends, and quotes around any field holding a comma, a quote
// or a line break. Empty cells mean "no value".
import { stringify } from "csv-stringify/sync";
import type { Dataset } from "@/lib/dataset/load";
import { resolvePanel } from "@/lib/dataset/select";
import { evidenceColumns, evidenceRows, factColumns, sourceColumns, type Column } from "@/lib/open-data/tables";
import type { Fact, Panel } from "@/lib/dataset/schema";

export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row))),
    {
      header: true,
      columns: columns.map((column) => column.name),
      record_delimiter: "windows",
      // csv-stringify quotes a field holding its own record delimiter (CRLF)
      // but not a lone LF or CR; RFC 4180 wants every line break quoted.
      quoted_match: /[\r\n]/,
    },
  );
}

export function factsCsv(dataset: Dataset): string {
  return toCsv(factColumns, dataset.facts);
}

export function sourcesCsv(dataset: Dataset): string {
  return toCsv(sourceColumns, dataset.sources);
}

export function evidenceCsv(dataset: Dataset): string {
  return toCsv(evidenceColumns, evidenceRows(dataset.facts));
}

/** The panel's note, repeated on each row so the caveat travels with any row copied out. */
const panelNoteColumn = (panel: Panel): Column<Fact> => ({
  name: "panel_note",
  type: "string",
  description: "The panel's note: what a reader must know to read its figures together",
  value: () => panel.note ?? null,
});

/** A panel's facts, in the panel's order, with the columns of facts.csv and then the panel's note. */
export function panelCsv(dataset: Dataset, panel: Panel): string {
  return toCsv([...factColumns, panelNoteColumn(panel)], resolvePanel(panel, dataset).facts);
}
