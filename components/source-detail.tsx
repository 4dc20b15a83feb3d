import { SourceMeta } from "@/components/source-meta";
import { SourceText } from "@/components/source-text";
import { VerdictBadge } from "@/components/verdict-badge";
import { getDataset, listFacts } from "@/lib/dataset/queries";
import { passagesForSource, segmentText } from "@/lib/passages";
import { displayTitle } from "@/lib/source-title";
import type { StoredSource } from "@/lib/dataset/schema";
import { urlWithTextFragment } from "@/lib/text-fragment";
import { routes } from "@/lib/routes";
import { sourceDetailMarkup } from "@/lib/chart-markup";

/**
 * What a source page's <article> holds: its title and details, the stored text
 * with its passages marked, and the facts quoting it. Rendered to HTML at build
 * time by scripts/render-charts.tsx (like the panels), so it must stay static.
 */
export function SourceDetailContents({ source }: { source: StoredSource }) {
  const facts = listFacts();
  const passages = passagesForSource(source.id, facts);
  const isPrimary = getDataset().meta.primary_source === source.id;
  const factsById = new Map(facts.map((f) => [f.id, f]));
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Source</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">{displayTitle(source)}</h1>
      {source.note && <p className="mt-2 max-w-prose">{source.note}</p>}
      <div className="mt-4">
        <SourceMeta source={source} />
      </div>

      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="text-xl font-bold">
          {isPrimary ? "The full text" : "The passages we stored"}
        </h2>
        <p className="mt-1 text-sm text-muted">
          {isPrimary
            ? "Stored byte for byte as published, typos included. Highlighted passages are quoted by facts in this dataset."
            : "Only the passages quoted in this dataset were stored, verbatim. Highlighted passages are quoted by facts."}
        </p>
        <div className="mt-4 max-w-prose">
          <SourceText
            segments={segmentText(source.text, passages)}
            lang={source.language}
            statements={new Map(facts.map((f) => [f.id, f.statement]))}
          />
        </div>
      </section>

      <section aria-labelledby="passages-heading" className="mt-8">
        <h2 id="passages-heading" className="text-xl font-bold">Quoted by ({passages.length})</h2>
        <ul className="mt-3 space-y-3">
          {passages.map((passage) => {
            const fact = factsById.get(passage.factId);
            if (!fact) return null;
            return (
              <li key={passage.anchor} className="border-t border-rule pt-3">
                <div className="flex flex-wrap items-center gap-2">
                  <VerdictBadge verdict={fact.verdict.rating} />
                  <a href={routes.fact(fact.id)}>{fact.statement}</a>
                </div>
                <p className="mt-1 text-sm text-muted">
                  {passage.role === "quote" ? "The fact’s own quote" : "Evidence for the fact"}:{" "}
                  <a href={`#${passage.anchor}`}>show in text</a> ·{" "}
                  <a href={urlWithTextFragment(source.url, passage.quote)} rel="noopener noreferrer">
                    find on the publisher’s page
                  </a>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

/** A source page's article: the static HTML the build drew for it, inlined as one block the browser need not hydrate element by element. */
export function SourceDetail({ source }: { source: StoredSource }) {
  return <article dangerouslySetInnerHTML={{ __html: sourceDetailMarkup(source.id) }} />;
}
