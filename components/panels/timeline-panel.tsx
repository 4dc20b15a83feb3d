import { StaticChart } from "@/components/charts/static-chart";
import { ChartFigure } from "@/components/panels/chart-figure";
import { VerdictBadge } from "@/components/verdict-badge";
import { timelineEvents } from "@/lib/chart-series";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import { routes } from "@/lib/routes";

/** Events on a time axis, then the same events in words, in order. */
export function TimelinePanel({ resolved, compact = false }: { resolved: ResolvedPanel; compact?: boolean }) {
  const { panel, facts } = resolved;
  const events = timelineEvents(facts);
  const list = (
    <ol className="space-y-2">
      {events.map((event) => (
        <li key={event.factId} data-fact-id={event.factId} className="grid grid-cols-1 gap-x-4 sm:grid-cols-[10rem_1fr]">
          <time dateTime={event.date} className="font-semibold tabular-nums">
            {formatPartialDate(event.date)}
            {event.end && <> – {formatPartialDate(event.end)}</>}
          </time>
          <span>
            <a href={routes.fact(event.factId)}>{event.statement}</a> <VerdictBadge verdict={event.verdict} />
          </span>
        </li>
      ))}
    </ol>
  );
  return (
    <ChartFigure
      id={panel.id}
      chart={<StaticChart panelId={panel.id} compact={compact} />}
      caption={<>{panel.title}: {events.length} dated events. Each dot links to its fact.</>}
      table={list}
    />
  );
}
