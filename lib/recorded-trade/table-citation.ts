// A statistical table cited as a dataset (CSL type `dataset`): the compiler
// (or the authors it names) as author, the compiler as publisher, the release
// as version, and the copy used (repository, path, commit, blob) in the note
// and as the URL when the compiler gives none. Pure.
import { cslDate, personName, type CslRecord } from "@/lib/citation/records";
import type { StatTable } from "@/lib/dataset/tables/schema";

export function copyUrl(table: Pick<StatTable, "copy">): string {
  return `https://github.com/${table.copy.repository}/blob/${table.copy.commit}/${table.copy.path}`;
}

export function copyNote(table: Pick<StatTable, "copy">): string {
  const { repository, path, commit, blob, sha256 } = table.copy;
  return `Copy used: ${repository}, ${path}, commit ${commit}, blob ${blob}${sha256 ? `, SHA-256 ${sha256}` : ""}`;
}

export function tableRecord(table: StatTable, siteTableUrl: string): CslRecord {
  const title = table.title_kind === "description" ? `[${table.title}]` : table.title;
  const issued = table.published ? cslDate(table.published) : undefined;
  return {
    id: `table-${table.id}`,
    "citation-key": table.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    type: "dataset",
    title,
    author: table.authors?.length ? table.authors.map(personName) : [{ literal: table.compiler }],
    publisher: table.compiler,
    version: table.release,
    ...(issued ? { issued } : {}),
    URL: table.url ?? copyUrl(table),
    note: [
      `Compiler: ${table.compiler}, release ${table.release}`,
      `Unit: ${table.unit}; reporter: ${table.reporter.replace(/\.$/, "")}`,
      copyNote(table),
      `Kazakhstan–Israel rows as stored: ${siteTableUrl}`,
    ].join(". "),
  };
}
