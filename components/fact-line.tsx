import { AsOfText } from "@/components/as-of";
import { VerdictBadge } from "@/components/verdict-badge";
import { figurePhrase } from "@/lib/format";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Fact } from "@/lib/dataset/schema";
import { routes } from "@/lib/routes";

/** A fact's value in words: the figure with its qualifier and date, or the event date. */
export function FactValue({ fact }: { fact: Fact }) {
  if (fact.figure) {
    return (
      <>
        <strong className="text-ink">{figurePhrase(fact.figure)}</strong> ({fact.figure.measure},{" "}
        <AsOfText asOf={fact.figure.as_of} />)
      </>
    );
  }
  if (fact.event) return <time dateTime={fact.event.date}>{formatPartialDate(fact.event.date)}</time>;
  return <>Claim without a figure</>;
}

/**
 * One fact in a list: its statement linking to its page, its verdict, its value, then `children`.
 * Links in static content are plain <a>, not next/link: a long page then hydrates no
 * component per link, and a click loads a prerendered page.
 */
export function FactLine({ fact, children }: { fact: Fact; children?: React.ReactNode }) {
  return (
    <li data-fact-id={fact.id} className="py-3">
      <div className="fact-line-head">
        <a href={routes.fact(fact.id)}>
          {fact.statement}
        </a>
        <VerdictBadge verdict={fact.verdict.rating} />
      </div>
      <p className="mt-1 text-sm text-muted">
        <FactValue fact={fact} />
      </p>
      {children}
    </li>
  );
}
