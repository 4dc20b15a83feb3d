import { AsOfText } from "@/components/facts/as-of";
import { QuoteLink } from "@/components/panels/quote-link";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact } from "@/lib/dataset/schema";
import { eventDates, figureLabel } from "@/lib/display/figure-label";
import { routes } from "@/lib/routes";

function CardValue({ fact }: { fact: Fact }) {
  if (!fact.figure) {
    const event = fact.event && eventDates(fact.event).start;
    return (
      <>
        <p className="text-sm font-medium text-muted">Claim</p>
        <p className="mt-1 text-lg font-semibold leading-snug">{fact.statement}</p>
        {event && (
          <p className="mt-1 text-sm text-muted">
            <time dateTime={event.dateTime}>{event.text}</time>
          </p>
        )}
      </>
    );
  }
  const d = figureLabel(fact.figure);
  return (
    <>
      <p className="text-sm font-medium text-muted">{d.measure}</p>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2">
        {d.qualifier && <span className="text-lg font-semibold">{d.qualifier}</span>}
        <span className="text-4xl font-bold tabular-nums">{d.value}</span>
        {d.period && <span className="text-muted">{d.period}</span>}
      </p>
      <p className="mt-1 text-sm text-muted">
        <AsOfText label={d.asOfLabel} />
        {d.projection && <> · {d.projection}</>}
      </p>
    </>
  );
}

/** The figures a researcher looks for first, each with its verdict and quote. */
export function HeadlineCards({ facts }: { facts: Fact[] }) {
  return (
    <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map((fact) => (
        <li key={fact.id} data-fact-id={fact.id} className="flex flex-col rounded-md border border-rule p-4">
          <CardValue fact={fact} />
          <div className="mt-3">
            <VerdictBadge verdict={fact.verdict.rating} />
          </div>
          <p className="mt-2 text-sm">{fact.verdict.summary}</p>
          <p className="mt-auto flex gap-4 pt-3 text-sm">
            <QuoteLink fact={fact}>Source quote</QuoteLink>
            <a href={routes.fact(fact.id)} aria-label={`Details: ${fact.statement}`}>
              Details
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
