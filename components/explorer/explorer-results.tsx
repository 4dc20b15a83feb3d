import { FactLine } from "@/components/facts/fact-line";
import { quoteOpening } from "@/lib/explorer-state";
import type { Fact } from "@/lib/dataset/schema";

/** One line per fact: statement, value, verdict and the quote's first words. */
export function ExplorerResults({ facts, start }: { facts: Fact[]; start: number }) {
  if (facts.length === 0) return <p className="mt-4">No fact matches. Try fewer words or another topic.</p>;
  return (
    <ol start={start} className="mt-2 divide-y divide-rule">
      {facts.map((fact) => (
        <FactLine key={fact.id} fact={fact}>
          <p className="mt-1 max-w-prose text-sm" data-quote-opening>
            “{quoteOpening(fact.quote.text)}”
          </p>
        </FactLine>
      ))}
    </ol>
  );
}
