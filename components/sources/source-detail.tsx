import { SourceMeta } from "@/components/sources/source-meta";
import { SourceText } from "@/components/sources/source-text";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact, StoredSource } from "@/lib/dataset/schema";
import { passageRoleLabel, storedTextIntro } from "@/lib/display/source";
import { passagesForSource, segmentText } from "@/lib/display/passages";
import { displayTitle } from "@/lib/display/source-title";
import { urlWithTextFragment } from "@/lib/display/text-fragment";
import { routes } from "@/lib/routes";

/**
 * A source page's article: its title and details, the stored text with its
 * passages marked, and the facts quoting it. The page queries the data and
 * passes it in.
 */
export function SourceDetail({ source, facts, isPrimary }: { source: StoredSource; facts: Fact[]; isPrimary: boolean }) {
  const passages = passagesForSource(source.id, facts);
  const factsById = new Map(facts.map((f) => [f.id, f]));
  const intro = storedTextIntro(isPrimary);
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Source</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">{displayTitle(source)}</h1>
      {source.note && <p className="mt-2 max-w-prose">{source.note}</p>}
      <div className="mt-4">
        <SourceMeta source={source} />
      </div>

      <section aria-labelledby="text-heading" className="mt-8">
        <h2 id="text-heading" className="text-xl font-bold">
          {intro.heading}
        </h2>
        <p className="mt-1 text-sm text-muted">{intro.note}</p>
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
                  {passageRoleLabel(passage.role)}:{" "}
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
    </article>
  );
}
