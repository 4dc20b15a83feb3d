import Link from "next/link";
import { AsOfText } from "@/components/facts/as-of";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact } from "@/lib/dataset/schema";
import { factValueLabel } from "@/lib/display/figure-label";
import { routes } from "@/lib/routes";

/** A fact's value in words: the figure with its qualifier and date, or the event date. */
export function FactValue({ fact }: { fact: Fact }) {
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

/** One fact in a list: its statement linking to its page, its verdict, its value, then `children`. */
export function FactLine({ fact, children }: { fact: Fact; children?: React.ReactNode }) {
  return (
    <li data-fact-id={fact.id} className="py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <Link href={routes.fact(fact.id)} className="max-w-prose font-medium">
          {fact.statement}
        </Link>
        <VerdictBadge verdict={fact.verdict.rating} />
      </div>
      <p className="mt-1 text-sm text-muted">
        <FactValue fact={fact} />
      </p>
      {children}
    </li>
  );
}
