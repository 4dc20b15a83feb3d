import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FactCite } from "@/components/actions/fact-cite";
import { FactDetail } from "@/components/facts/fact-detail";
import { HistorySection } from "@/components/history/history-section";
import { citable } from "@/lib/citation/citable";
import { factPageRecord, sourceRecord } from "@/lib/citation/records";
import { getDataset, getFact, getSource, listFacts } from "@/lib/dataset/queries";
import { factHistory, listReleases } from "@/lib/history/queries";
import { claimReviewJsonLd } from "@/lib/embed/json-ld";
import { siteOrigin, siteUrl } from "@/lib/site";
import { absolute, routes } from "@/lib/routes";
import { today } from "@/lib/today";

export const dynamicParams = false;

export function generateStaticParams() {
  return listFacts().map((fact) => ({ id: fact.id }));
}

export async function generateMetadata({ params }: PageProps<"/facts/[id]">): Promise<Metadata> {
  const fact = getFact((await params).id);
  if (!fact) return {};
  const oembed = absolute(routes.api.oembed(absolute(routes.fact(fact.id))));
  return {
    title: fact.statement,
    description: fact.verdict.summary,
    alternates: { types: { "application/json+oembed": oembed } },
  };
}

export default async function FactPage({ params }: PageProps<"/facts/[id]">) {
  const fact = getFact((await params).id);
  if (!fact) notFound();
  const source = getSource(fact.quote.source);
  if (!source) notFound();
  const meta = getDataset().meta;
  // Built once: the page's citations are dated the day of the build.
  const accessed = today();
  return (
    <>
      <FactDetail
        fact={fact}
        source={source}
        sources={new Map(fact.evidence.flatMap((e) => getSource(e.source) ?? []).map((s) => [s.id, s]))}
        claimReview={claimReviewJsonLd({ fact, source, meta, origin: siteOrigin() })}
      />
      <HistorySection changes={factHistory(fact.id)} subject="fact" firstVersion={listReleases().at(-1)?.version ?? null} />
      <FactCite
        citables={{
          source: citable("source", `The original source: ${source.publisher}`, sourceRecord(source), { kind: "sources", id: source.id }),
          fact: citable("fact", "This page, with its verdict", factPageRecord(fact, { meta, siteUrl: siteUrl(), accessed }), { kind: "facts", id: fact.id }),
        }}
      />
    </>
  );
}
