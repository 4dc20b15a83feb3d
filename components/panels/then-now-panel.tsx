import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact, StoredSource } from "@/lib/dataset/schema";
import { eventDates, figureLabel } from "@/lib/display/figure-label";
import { sourceCredit } from "@/lib/display/source";
import { thenNowPairs } from "@/lib/display/overview";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { routes } from "@/lib/routes";
import { RecordedLatest } from "@/components/recorded-trade/recorded-latest";
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";

function FactSide({ fact, heading, sources }: { fact: Fact; heading: string; sources: Map<string, StoredSource> }) {
  const from = sourceCredit(sources.get(fact.quote.source), fact.quote.source);
  const figure = fact.figure && figureLabel(fact.figure);
  const event = fact.event && eventDates(fact.event).start;
  return (
    <div data-fact-id={fact.id} className="rounded-md border border-rule p-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">{heading}</p>
      {figure ? (
        <>
          <p className="mt-1 text-sm">{figure.measure}</p>
          <p className="text-xl font-bold">{figure.phrase}</p>
          <p className="text-sm text-muted">
            describes {figure.asOf}; {from}
          </p>
        </>
      ) : (
        <>
          <p className="mt-1 font-medium leading-snug">{fact.statement}</p>
          <p className="text-sm text-muted">
            {event ? (
              <>
                dated <time dateTime={event.dateTime}>{event.text}</time>;{" "}
              </>
            ) : null}
            {from}
          </p>
        </>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-3 text-sm">
        <VerdictBadge verdict={fact.verdict.rating} />
        <a href={routes.fact(fact.id)} aria-label={`Details: ${fact.statement}`}>
          Details
        </a>
      </p>
    </div>
  );
}

/** Each claim beside the latest comparable figure, or an explicit statement that the data holds none. */
export function ThenNowPanel({ resolved, recorded }: { resolved: ResolvedPanel; recorded: RecordedSeriesView[] }) {
  const sources = new Map(resolved.sources.map((source) => [source.id, source]));
  const recordedFor = new Map((resolved.panel.pairs ?? []).map((pair) => [pair.then, pair.recorded ? recorded.find((s) => s.id === pair.recorded) : undefined]));
  return (
    <ol className="space-y-5">
      {thenNowPairs(resolved.panel, resolved.facts).map(({ then, now, change }) => (
        <li key={then.id} data-pair={then.id} className="border-t border-rule pt-3 first:border-t-0 first:pt-0">
          <div className="grid gap-2 sm:grid-cols-2">
            <FactSide fact={then} heading="Then: the article" sources={sources} />
            {now ? (
              <FactSide fact={now} heading="Now: latest comparable figure" sources={sources} />
            ) : (
              <div data-no-comparable className="rounded-md border border-dashed border-rule p-3">
                <p className="text-xs font-semibold uppercase tracking-wide text-muted">Now</p>
                <p className="mt-1 font-semibold">No comparable later figure</p>
                <p className="text-sm text-muted">The data holds nothing later that measures the same thing.</p>
              </div>
            )}
            {recordedFor.get(then.id) && <RecordedLatest series={recordedFor.get(then.id)!} heading="Latest recorded year of the same flow" />}
          </div>
          <p className="mt-2 max-w-prose text-sm">
            <span className="font-semibold">What changed: </span>
            {change}
          </p>
        </li>
      ))}
    </ol>
  );
}
