// The files under /data/: one closed list, used by the routes, the data
// package, /about and the JSON-LD, so a download cannot be listed but missing.

export const tableFiles = ["facts.csv", "sources.csv", "evidence.csv", "series.csv", "table-rows.csv"] as const;
export type TableFile = (typeof tableFiles)[number];

export const downloadFiles = [...tableFiles, "datapackage.json", "facts.json"] as const;
export type DownloadFile = (typeof downloadFiles)[number];

export type Download = { file: DownloadFile; title: string; description: string; mediaType: string };

export const downloads: Record<DownloadFile, Download> = {
  "facts.csv": { file: "facts.csv", title: "Facts (CSV)", description: "One row per fact: statement, quote, figure or event, verdict.", mediaType: "text/csv" },
  "sources.csv": { file: "sources.csv", title: "Sources (CSV)", description: "One row per source: title, authors, publisher, URL, dates, reliability tier.", mediaType: "text/csv" },
  "evidence.csv": { file: "evidence.csv", title: "Evidence (CSV)", description: "One row per piece of evidence: the fact, the source, the quote and its stance.", mediaType: "text/csv" },
  "series.csv": { file: "series.csv", title: "Recorded trade series (CSV)", description: "One row per recorded value: series, year, value as stored, unit, qualifier, reporter, compiler, release and its table row.", mediaType: "text/csv" },
  "table-rows.csv": { file: "table-rows.csv", title: "Statistical table rows (CSV)", description: "Every row of every stored statistical table, verbatim, keyed by table and row.", mediaType: "text/csv" },
  "datapackage.json": { file: "datapackage.json", title: "Data package (Frictionless)", description: "Describes the CSV files: field types, keys, licence, version.", mediaType: "application/json" },
  "facts.json": { file: "facts.json", title: "Whole dataset (JSON)", description: "Facts, sources with their stored text, and panels, in one document.", mediaType: "application/json" },
};

/** The static params of /data/[file]: every download, and nothing else. */
export function downloadParams(): Array<{ file: DownloadFile }> {
  return downloadFiles.map((file) => ({ file }));
}

/** The panel id in a panel CSV's file name ("oil-share.csv" → "oil-share"), or null. */
export function panelIdFromFile(file: string): string | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.csv$/.exec(file);
  return match ? (match[1] ?? null) : null;
}
