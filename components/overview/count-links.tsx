import { VerdictBadge } from "@/components/shared/verdict-badge";
import type { Fact } from "@/lib/dataset/schema";
import { topicLabels, verdictLabels } from "@/lib/dataset/vocab";
import { countLinks } from "@/lib/display/overview";

/** Facts per verdict, each a link to the explorer already filtered. */
export function VerdictCountLinks({ facts }: { facts: Fact[] }) {
  const counts = countLinks(facts);
  return (
    <ul aria-label="Facts by verdict" className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {counts.verdicts.map(({ key, count, href }) => (
          <li key={key}>
            <a href={href} aria-label={`${count} ${verdictLabels[key].toLowerCase()} facts`} className="inline-flex items-center gap-1 no-underline hover:underline">
              <VerdictBadge verdict={key} /> <span className="tabular-nums">{count}</span>
            </a>
          </li>
        ))}
    </ul>
  );
}

/** Facts per topic, each a link to the explorer already filtered. */
export function TopicCountLinks({ facts }: { facts: Fact[] }) {
  const counts = countLinks(facts);
  return (
    <ul aria-label="Facts by topic" className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {counts.topics.map(({ key, count, href }) => (
          <li key={key}>
            <a href={href} aria-label={`${count} facts on ${topicLabels[key].toLowerCase()}`}>
              {topicLabels[key]} <span className="tabular-nums">{count}</span>
            </a>
          </li>
        ))}
    </ul>
  );
}
