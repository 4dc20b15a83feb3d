import { SourceLine } from "@/components/sources/source-line";
import type { Fact, Source } from "@/lib/dataset/schema";
import { stanceLabels } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

/** What other sources say about a fact, one quote each with its note. */
export function EvidenceList({ fact, sources }: { fact: Fact; sources: Map<string, Source> }) {
  if (fact.evidence.length === 0) {
    return <p className="text-muted">No other source seen addresses this claim.</p>;
  }
  return (
    <ol className="space-y-5">
      {fact.evidence.map((evidence, index) => {
        const source = sources.get(evidence.source);
        if (!source) return null;
        return (
          <li key={index} className="border-l-4 border-rule pl-4" data-stance={evidence.stance}>
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{stanceLabels[evidence.stance]}</p>
            <p className="mt-1">{evidence.note}</p>
            <blockquote lang={source.language} className="mt-2 font-serif italic">
              “{evidence.quote}”
            </blockquote>
            {evidence.translation && <p className="mt-1 text-sm">Translation (ours): {evidence.translation}</p>}
            <p className="mt-1">
              <SourceLine source={source} />{" "}
              <a href={routes.evidenceInSource(fact.id, source.id, index)} className="text-sm">
                Read it in the stored text
              </a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
