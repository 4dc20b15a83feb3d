import Link from "next/link";
import { QuoteLink } from "@/components/panels/quote-link";
import { VerdictBadge } from "@/components/verdict-badge";
import { figurePhrase } from "@/lib/format";
import { formatPartialDate } from "@/lib/partial-date";
import type { Fact } from "@/lib/schema";

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
          <li key={fact.id} data-fact-id={fact.id} className="py-3">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Link href={`/facts/${fact.id}`} className="max-w-prose font-medium">
                {fact.statement}
              </Link>
              <VerdictBadge verdict={fact.verdict.rating} />
            </div>
            <p className="mt-1 text-sm text-muted">
              {fact.figure && (
                <>
                  <strong className="text-ink">{figurePhrase(fact.figure)}</strong> ({fact.figure.measure}, as of{" "}
                  {formatPartialDate(fact.figure.as_of)}) ·{" "}
                </>
              )}
              {fact.event && !fact.figure && <>{formatPartialDate(fact.event.date)} · </>}
              <QuoteLink fact={fact} />
            </p>
          </li>
        ))}
      </ul>
      {moreHref && shown.length < facts.length && (
        <p className="mt-2 text-sm">
          <Link href={moreHref}>See all {facts.length} facts</Link> ({facts.length - shown.length} more)
        </p>
      )}
    </>
  );
}
