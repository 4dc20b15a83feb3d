import { FactLine } from "@/components/facts/fact-line";
import { QuoteLink } from "@/components/panels/quote-link";
import type { Fact } from "@/lib/dataset/schema";

/**
 * A topic's facts, one line each: statement, figure, verdict, links. With a
 * limit, the rest is summarised as a link, so a page never grows without bound.
 */
export function FactList({ facts, limit, moreHref }: { facts: Fact[]; limit?: number; moreHref?: string }) {
  const shown = limit === undefined ? facts : facts.slice(0, limit);
  return (
    <>
      <ul className="divide-y divide-rule">
        {shown.map((fact) => (
          <FactLine key={fact.id} fact={fact}>
            <p className="mt-1 text-sm">
              <QuoteLink fact={fact} />
            </p>
          </FactLine>
        ))}
      </ul>
      {moreHref && shown.length < facts.length && (
        <p className="mt-2 text-sm">
          <a href={moreHref}>See all {facts.length} facts</a> ({facts.length - shown.length} more)
        </p>
      )}
    </>
  );
}
