// /data/facts.json: the whole dataset as one JSON document with its version.
import type { Dataset } from "@/lib/dataset/load";
import { licence, licenceStatement, quotesStatement } from "@/lib/licence";

export const packageName = "kazakhstan-israel-relations";

export function datasetDocument(dataset: Dataset) {
  const { meta } = dataset;
  return {
    name: packageName,
    title: meta.title,
    version: meta.version,
    published: meta.published,
    primary_source: meta.primary_source,
    licence: { id: licence.id, title: licence.title, url: licence.url, terms: `${licenceStatement} ${quotesStatement}` },
    facts: dataset.facts,
    sources: dataset.sources,
    panels: dataset.panels,
  };
}
