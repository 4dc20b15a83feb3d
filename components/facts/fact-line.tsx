import { AsOfText } from "@/components/facts/as-of";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact } from "@/lib/dataset/schema";
import { factValueLabel } from "@/lib/display/figure-label";
import { routes } from "@/lib/routes";

/** A fact's value in words: the figure with its qualifier and date, or the event date. */
function FactValue({ fact }: { fact: Fact }) {
  const label = factValueLabel(fact);
  switch (label.kind) {
    case "figure":
      return (
        <>
          <strong className="text-ink">{label.figure.phrase}</strong> ({label.figure.measure}, <AsOfText label={label.figure.asOfLabel} />)
        </>
      );
    case "event":
      return <time dateTime={label.date.dateTime}>{label.date.text}</time>;
    case "claim":
      return <>{label.text}</>;
  }
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
