// Running text that states counts or shares of the dataset. Each number is
// computed here from the data, so the words cannot drift from what it shows.
import type { Dataset } from "@/lib/dataset/load";
import { formatPublication } from "@/lib/display/format";

type DatasetCounts = { facts: number; sources: number; fromPrimary: number; withOtherSources: number };

export function datasetCounts(dataset: Pick<Dataset, "facts" | "sources" | "meta">): DatasetCounts {
  const primary = dataset.meta.primary_source;
  return {
    facts: dataset.facts.length,
    sources: dataset.sources.length,
    fromPrimary: dataset.facts.filter((f) => f.quote.source === primary).length,
    withOtherSources: dataset.facts.filter((f) => f.evidence.some((e) => e.source !== f.quote.source)).length,
  };
}

/** The home page's opening: where the claims come from and what a verdict means, with counts from the data. */
export function homeIntro(dataset: Pick<Dataset, "facts" | "sources" | "meta">): string {
  const counts = datasetCounts(dataset);
  const primary = dataset.sources.find((s) => s.id === dataset.meta.primary_source);
  const origin = primary
    ? `${counts.fromPrimary} of the ${counts.facts} claims come from a ${primary.publisher} article (${formatPublication(primary.published)}), the others from other sources.`
    : `${counts.facts} claims.`;
  return (
    `Each figure here links to the sentence it comes from. ${origin} ` +
    `Each claim carries a verdict: confirmed, qualified or contradicted by the other sources quoted beside it ` +
    `(${counts.withOtherSources} claims have such evidence), or unverified when no other source was found.`
  );
}
