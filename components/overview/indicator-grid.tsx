import { VerdictBadge } from "@/components/shared/verdict-badge";
import { eventDates } from "@/lib/display/figure-label";
import { displayFigure, truncateWords } from "@/lib/display/format";
import type { Indicator } from "@/lib/display/overview";
import { routes } from "@/lib/routes";

function IndicatorValue({ indicator }: { indicator: Indicator }) {
  const { fact } = indicator;
  if (fact.figure) {
    const d = displayFigure(fact.figure);
    return (
      <>
        <p className="mt-0.5 flex flex-wrap items-baseline gap-x-1.5">
          {d.qualifier && <span className="text-sm font-semibold">{d.qualifier}</span>}
          <span className="text-xl font-bold tabular-nums leading-tight">{d.value}</span>
          {d.period && <span className="text-xs text-muted">{d.period}</span>}
        </p>
        <p className="text-xs text-muted" title={d.measure}>
          describes {d.asOf}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="mt-0.5 text-sm leading-snug">{truncateWords(fact.statement, 64)}</p>
      {fact.event && <EventDates event={fact.event} />}
    </>
  );
}

function EventDates({ event }: { event: NonNullable<Indicator["fact"]["event"]> }) {
  const { start, end } = eventDates(event);
  return (
    <p className="text-xs text-muted">
      <time dateTime={start.dateTime}>{start.text}</time>
      {end && (
        <>
          {" – "}
          <time dateTime={end.dateTime}>{end.text}</time>
        </>
      )}
    </p>
  );
}

/** The key indicators in one compact grid: the latest sourced value of each, its period, verdict and panel. */
export function IndicatorGrid({ indicators, onPage }: { indicators: Indicator[]; onPage: Set<string> }) {
  if (indicators.length === 0) return null;
  return (
    <ul aria-label="Key indicators" className="mt-4 grid grid-cols-1 gap-2 sm:grid-cols-2 xl:grid-cols-4">
      {indicators.map((indicator) => (
        <li key={`${indicator.panel.id}-${indicator.fact.id}`} data-indicator={indicator.fact.id} data-fact-id={indicator.fact.id} className="flex flex-col rounded-md border border-rule bg-surface px-2.5 py-2">
          <p className="text-xs font-semibold leading-snug">
            <a href={routes.fact(indicator.fact.id)} className="text-ink">
              {indicator.label}
            </a>
          </p>
          <IndicatorValue indicator={indicator} />
          <p className="mt-auto flex flex-wrap items-center justify-between gap-x-2 gap-y-1 pt-1.5 text-xs">
            <VerdictBadge verdict={indicator.fact.verdict.rating} />
            {/* A panel on this page is reached by its anchor; one that is not, by its own page. */}
            <a href={onPage.has(indicator.panel.id) ? `#${indicator.panel.id}` : routes.panel(indicator.panel.id)} aria-label={`Panel: ${indicator.panel.title}`}>
              Panel
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
