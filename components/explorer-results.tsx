import Link from "next/link";
import { VerdictBadge } from "@/components/verdict-badge";
import { quoteOpening } from "@/lib/explorer-state";
import { figurePhrase } from "@/lib/format";
import { formatPartialDate } from "@/lib/partial-date";
import type { Fact } from "@/lib/schema";

function Value({ fact }: { fact: Fact }) {
  if (fact.figure) {
    return (
      <>
        <strong className="text-ink">{figurePhrase(fact.figure)}</strong> ({fact.figure.measure}, as of{" "}
        <time dateTime={fact.figure.as_of}>{formatPartialDate(fact.figure.as_of)}</time>)
      </>
    );
  }
  if (fact.event) return <time dateTime={fact.event.date}>{formatPartialDate(fact.event.date)}</time>;
  return <>Claim without a figure</>;
}

/** One line per fact: statement, value, verdict and the quote's first words. */
export function ExplorerResults({ facts, start }: { facts: Fact[]; start: number }) {
  if (facts.length === 0) return <p className="mt-4">No fact matches. Try fewer words or another topic.</p>;
  return (
    <ol start={start} className="mt-2 divide-y divide-rule">
      {facts.map((fact) => (
        <li key={fact.id} data-fact-id={fact.id} className="py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <Link href={`/facts/${fact.id}`} className="max-w-prose font-medium">
              {fact.statement}
            </Link>
            <VerdictBadge verdict={fact.verdict.rating} />
          </div>
          <p className="mt-1 text-sm text-muted">
            <Value fact={fact} />
          </p>
          <p className="mt-1 max-w-prose text-sm" data-quote-opening>
            “{quoteOpening(fact.quote.text)}”
          </p>
        </li>
      ))}
    </ol>
  );
}
