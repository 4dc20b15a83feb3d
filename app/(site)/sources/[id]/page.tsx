import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HistorySection } from "@/components/history/history-section";
import { SourceDetail } from "@/components/sources/source-detail";
import { getDataset, getFact, getSource, listSources } from "@/lib/dataset/queries";
import { passagesForSource } from "@/lib/display/passages";
import { displayTitle } from "@/lib/display/source-title";
import { listReleases, sourceHistory } from "@/lib/history/queries";

export const dynamicParams = false;

export function generateStaticParams() {
  return listSources().map((source) => ({ id: source.id }));
}

export async function generateMetadata({ params }: PageProps<"/sources/[id]">): Promise<Metadata> {
  const source = getSource((await params).id);
  return source ? { title: displayTitle(source), description: `${source.publisher}: the passages this dataset quotes.` } : {};
}

export default async function SourcePage({ params }: PageProps<"/sources/[id]">) {
  const source = getSource((await params).id);
  if (!source) notFound();
  const { facts, meta } = getDataset();
  // Only the facts that quote this source: the page's work stays the size of the source, not of the dataset.
  const quoting = [...new Set(passagesForSource(source.id, facts).map((p) => p.factId))].flatMap((id) => getFact(id) ?? []);
  return (
    <>
      <SourceDetail source={source} facts={quoting} isPrimary={source.id === meta.primary_source} />
      <HistorySection changes={sourceHistory(source.id)} subject="source" firstVersion={listReleases().at(-1)?.version ?? null} />
    </>
  );
}
