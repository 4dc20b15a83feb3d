import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FactDetail } from "@/components/fact-detail";
import { getFact, listFacts } from "@/lib/data";

export const dynamicParams = false;

export function generateStaticParams() {
  return listFacts().map((fact) => ({ id: fact.id }));
}

export async function generateMetadata({ params }: PageProps<"/facts/[id]">): Promise<Metadata> {
  const fact = getFact((await params).id);
  return fact ? { title: fact.statement, description: fact.verdict.summary } : {};
}

export default async function FactPage({ params }: PageProps<"/facts/[id]">) {
  const fact = getFact((await params).id);
  if (!fact) notFound();
  return <FactDetail fact={fact} />;
}
