// Running text that states counts or shares of the dataset. Each number is
// computed here from the data, so the words cannot drift from what it shows.
import type { Dataset } from "@/lib/dataset/load";
import type { Fact } from "@/lib/dataset/schema";
import { formatPublication } from "@/lib/display/format";

export type DatasetCounts = {
  facts: number;
  sources: number;
  fromPrimary: number;
  withOtherSources: number;
  verdicts: Record<Fact["verdict"]["rating"], number>;
  /** Unverified facts that still quote other sources (which qualify them, contradict part of them or give context). */
  unverifiedWithOtherSources: number;
};

const quotesOtherSource = (f: Fact) => f.evidence.some((e) => e.source !== f.quote.source);

export function datasetCounts(dataset: Pick<Dataset, "facts" | "sources" | "meta">): DatasetCounts {
  const primary = dataset.meta.primary_source;
  const rated = (rating: Fact["verdict"]["rating"]) => dataset.facts.filter((f) => f.verdict.rating === rating).length;
  return {
    facts: dataset.facts.length,
    sources: dataset.sources.length,
    fromPrimary: dataset.facts.filter((f) => f.quote.source === primary).length,
    withOtherSources: dataset.facts.filter(quotesOtherSource).length,
    verdicts: { confirmed: rated("confirmed"), qualified: rated("qualified"), contradicted: rated("contradicted"), unverified: rated("unverified") },
    unverifiedWithOtherSources: dataset.facts.filter((f) => f.verdict.rating === "unverified" && quotesOtherSource(f)).length,
  };
}

const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

/** "Verdicts weigh …: 43 confirmed, 14 qualified, 2 contradicted and 28 unverified, where nothing quoted confirms the claim (23 of those 28 still quote other sources)." */
function verdictSentence(counts: DatasetCounts): string {
  const v = counts.verdicts;
  const still = v.unverified > 0 ? ` (${counts.unverifiedWithOtherSources} of those ${v.unverified} still quote other sources)` : "";
  return (
    `Verdicts weigh the other sources quoted beside each claim: ${v.confirmed} confirmed, ${v.qualified} qualified, ` +
    `${v.contradicted} contradicted and ${v.unverified} unverified, where nothing quoted confirms the claim${still}.`
  );
}

/** The home page's opening: where the claims come from and what a verdict means, with counts from the data. */
export function homeIntro(dataset: Pick<Dataset, "facts" | "sources" | "meta">): string {
  const counts = datasetCounts(dataset);
  const primary = dataset.sources.find((s) => s.id === dataset.meta.primary_source);
  const origin = primary
    ? `${counts.fromPrimary} of the ${counts.facts} claims come from a ${primary.publisher} article (${formatPublication(primary.published)}), the others from other sources.`
    : `${claims(counts.facts)}.`;
  return `Each figure here links to the sentence it comes from. ${origin} ${verdictSentence(counts)}`;
}

/** The about page's opening, after the dataset's name and version: what it holds and what its verdicts mean. */
export function aboutIntro(dataset: Pick<Dataset, "facts" | "sources" | "meta">): string {
  const counts = datasetCounts(dataset);
  return (
    `${counts.facts} facts from ${counts.sources} sources. Each fact is a claim with the verbatim quote it comes from and a verdict ` +
    `(confirmed, qualified, contradicted or unverified) drawn from what other sources say; “unverified” means no source quoted confirms it. ` +
    `${counts.withOtherSources} of the ${counts.facts} facts quote evidence from another source.`
  );
}
