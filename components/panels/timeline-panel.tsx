import { ChartFrame } from "@/components/charts/chart-frame";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import { timelineEvents, type TimelineEvent } from "@/lib/charts/series";
import type { ChartDrawings } from "@/lib/charts/layout";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { timelineCaption } from "@/lib/display/captions";
import { eventDates } from "@/lib/display/figure-label";
import { routes } from "@/lib/routes";

function EventItem({ event }: { event: TimelineEvent }) {
  const { start, end } = eventDates(event);
  return (
    <li data-fact-id={event.factId} className="grid grid-cols-1 gap-x-4 sm:grid-cols-[10rem_1fr]">
      <time dateTime={start.dateTime} className="font-semibold tabular-nums">
        {start.text}
        {end && <> – {end.text}</>}
      </time>
      <span>
        <a href={routes.fact(event.factId)}>{event.statement}</a> <VerdictBadge verdict={event.verdict} />
      </span>
    </li>
  );
}

/** Events on a time axis, then the same events in words, in order. */
export function TimelinePanel({ resolved, drawings, compact = false }: { resolved: ResolvedPanel; drawings: ChartDrawings; compact?: boolean }) {
  const { panel, facts } = resolved;
  const events = timelineEvents(facts);
  const list = (
    <ol className="space-y-2">
      {events.map((event) => (
        <EventItem key={event.factId} event={event} />
      ))}
    </ol>
  );
  return <ChartFrame panelId={panel.id} drawings={drawings} compact={compact} caption={timelineCaption(panel.title, events.length)} table={list} />;
}
