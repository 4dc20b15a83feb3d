// /data/datapackage.json: a Frictionless Tabular Data Package (v1 profile,
// which the Frictionless libraries read as is) describing the three CSV files
// with typed fields, primary and foreign keys, the licence and the version.
import { createHash } from "node:crypto";
import type { Dataset } from "@/lib/dataset/load";
import { licence, licenceStatement, quotesStatement } from "@/lib/licence";
import { packageName } from "@/lib/open-data/dataset-document";
import { downloads, type TableFile } from "@/lib/open-data/downloads";
import { tableColumns } from "@/lib/open-data/table-columns";
import type { Column } from "@/lib/open-data/tables";

type ForeignKey = { fields: string | string[]; reference: { resource: string; fields: string | string[] } };

type TableSpec = { name: string; file: TableFile; columns: Column<never>[]; primaryKey: string | string[]; foreignKeys: ForeignKey[] };

const sourceKey = (field: string): ForeignKey => ({ fields: field, reference: { resource: "sources", fields: "id" } });

const tableSpecs: TableSpec[] = [
  { name: "facts", file: "facts.csv", columns: tableColumns["facts.csv"], primaryKey: "id", foreignKeys: [sourceKey("quote_source")] },
  { name: "sources", file: "sources.csv", columns: tableColumns["sources.csv"], primaryKey: "id", foreignKeys: [] },
  {
    name: "evidence",
    file: "evidence.csv",
    columns: tableColumns["evidence.csv"],
    primaryKey: ["fact_id", "position"],
    foreignKeys: [{ fields: "fact_id", reference: { resource: "facts", fields: "id" } }, sourceKey("source")],
  },
  {
    name: "series",
    file: "series.csv",
    columns: tableColumns["series.csv"],
    primaryKey: ["series_id", "year", "row"],
    // Each recorded value points at the stored table row it is taken from.
    foreignKeys: [{ fields: ["table", "row"], reference: { resource: "table_rows", fields: ["table", "row"] } }],
  },
  { name: "table_rows", file: "table-rows.csv", columns: tableColumns["table-rows.csv"], primaryKey: ["table", "row"], foreignKeys: [] },
];

function tableSchema(spec: TableSpec) {
  return {
    fields: spec.columns.map(({ name, type, description, constraints }) => ({
      name,
      type,
      description,
      ...(constraints ? { constraints } : {}),
    })),
    primaryKey: spec.primaryKey,
    ...(spec.foreignKeys.length > 0 ? { foreignKeys: spec.foreignKeys } : {}),
    missingValues: [""],
  };
}

/** RFC 3339 time for a full date ("2026-11-28"); a partial date has none. */
function createdAt(published: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00Z` : undefined;
}

/** The package descriptor; `csv` holds each table's CSV text, for its size and hash. */
export function dataPackage(dataset: Dataset, csv: Record<TableFile, string>) {
  const { meta } = dataset;
  const primary = dataset.sources.find((source) => source.id === meta.primary_source);
  return {
    profile: "tabular-data-package",
    name: packageName,
    title: meta.title,
    description: `Claims about Kazakhstan–Israel relations, each with its verbatim quote, a verdict (confirmed, qualified, contradicted or unverified) and, where found, the evidence from other sources. ${licenceStatement} ${quotesStatement}`,
    version: meta.version,
    ...(createdAt(meta.published) ? { created: createdAt(meta.published) } : {}),
    keywords: ["Kazakhstan", "Israel", "bilateral relations", "fact-checking", "trade", "energy"],
    licenses: [{ name: licence.id, path: licence.url, title: licence.title }],
    sources: primary ? [{ title: primary.title, path: primary.url }] : [],
    resources: tableSpecs.map((spec) => ({
      profile: "tabular-data-resource",
      name: spec.name,
      path: spec.file,
      title: downloads[spec.file].title,
      description: downloads[spec.file].description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: Buffer.byteLength(csv[spec.file], "utf8"),
      hash: `sha256:${createHash("sha256").update(csv[spec.file], "utf8").digest("hex")}`,
      schema: tableSchema(spec),
    })),
  };
}
