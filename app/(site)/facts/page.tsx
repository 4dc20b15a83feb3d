import type { Metadata } from "next";
import { ExplorerNotices } from "@/components/explorer/explorer-notices";
import { FactExplorer } from "@/components/explorer/fact-explorer";
import { factPage } from "@/lib/dataset/fact-query";
import { getDataset } from "@/lib/dataset/queries";
import { explorerPageSize, factsApiUrl, readExplorerState } from "@/lib/explorer-state";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Explore facts",
  description: "Search every fact by a word of its statement or quote, and filter by topic and verdict.",
};

export default async function FactsPage({ searchParams }: PageProps<"/facts">) {
  const raw = await searchParams;
  const first = (name: string) => {
    const value = raw[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const { state, notices } = readExplorerState(first);
  const dataset = getDataset();
  const query = { q: state.q, topic: state.topic || undefined, verdict: state.verdict || undefined, limit: explorerPageSize };
  let page = factPage(dataset, { ...query, cursor: state.cursor || undefined });
  if (!page.ok) {
    // A cursor from another search or an older dataset: start from the first page.
    notices.push({ parameter: "cursor", value: state.cursor });
    page = factPage(dataset, query);
  }
  return (
    <>
      <h1 className="text-3xl font-bold">Explore facts</h1>
      <p className="mt-2 max-w-prose text-muted">
        Find a fact by a word of its statement or quote, and narrow it down by topic and verdict. The address keeps your
        search, so you can share it. The same search is available as <a href={factsApiUrl(state)}>JSON</a> from the <a href={routes.apiDocs()}>API</a>, and
        everything as <a href={routes.about("downloads")}>CSV or JSON downloads</a>.
      </p>
      <ExplorerNotices notices={notices} />
      {page.ok && <FactExplorer state={state} page={page.value} />}
    </>
  );
}
