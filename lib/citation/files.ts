// Resolves a citation download path (/cite/…) to a file. Pure: today's date
// and the origin come in as arguments.
import { formatCitation } from "@/lib/citation/format";
import { datasetRecord, factPageRecord, panelRecord, sourceRecord, type CslRecord } from "@/lib/citation/records";
import { citationFiles, type CitationFileFormat } from "@/lib/citation/styles";
import type { Dataset } from "@/lib/dataset/load";

type CitationFile = { filename: string; type: string; body: string };

const formatByExtension = new Map<string, CitationFileFormat>(
  Object.entries(citationFiles).map(([format, file]) => [file.extension, format as CitationFileFormat]),
);

function recordFor(segments: string[], dataset: Dataset, context: { siteUrl: string; accessed: string }): { name: string; record: CslRecord } | null {
  const cite = { meta: dataset.meta, ...context };
  if (segments.length === 1 && segments[0] === "dataset") return { name: "kazakhstan-israel-dataset", record: datasetRecord(cite) };
  if (segments.length !== 2) return null;
  const [kind, id] = segments as [string, string];
  if (kind === "panels") {
    const panel = dataset.panels.find((p) => p.id === id);
    return panel ? { name: `panel-${id}`, record: panelRecord(panel, cite, dataset.facts) } : null;
  }
  if (kind === "facts") {
    const fact = dataset.facts.find((f) => f.id === id);
    return fact ? { name: `fact-${id}`, record: factPageRecord(fact, cite) } : null;
  }
  if (kind === "sources") {
    const source = dataset.sources.find((s) => s.id === id);
    return source ? { name: `source-${id}`, record: sourceRecord(source) } : null;
  }
  return null;
}

export function citationFile(path: string[], dataset: Dataset, context: { siteUrl: string; accessed: string }): CitationFile | null {
  const last = path[path.length - 1];
  const dot = last?.lastIndexOf(".") ?? -1;
  if (!last || dot < 1) return null;
  const format = formatByExtension.get(last.slice(dot + 1));
  if (!format) return null;
  const found = recordFor([...path.slice(0, -1), last.slice(0, dot)], dataset, context);
  if (!found) return null;
  const file = citationFiles[format];
  return { filename: `${found.name}.${file.extension}`, type: file.type, body: formatCitation(found.record, format) };
}
