import Link from "next/link";
import { VerdictBadge } from "@/components/verdict-badge";
import type { Fact } from "@/lib/dataset/schema";
import { topicLabels, verdictLabels } from "@/lib/dataset/vocab";
import { countLinks } from "@/lib/overview";

/** Facts per verdict and per topic, each a link to the explorer already filtered. */
export function CountLinks({ facts }: { facts: Fact[] }) {
  const counts = countLinks(facts);
  return (
    <div className="mt-3 space-y-1.5 text-sm">
      <ul aria-label="Facts by verdict" className="flex flex-wrap gap-x-3 gap-y-1">
        {counts.verdicts.map(({ key, count, href }) => (
          <li key={key}>
            {/* Not prefetched: the explorer renders per request. */}
            <Link href={href} prefetch={false} aria-label={`${count} ${verdictLabels[key].toLowerCase()} facts`} className="inline-flex items-center gap-1 no-underline hover:underline">
              <VerdictBadge verdict={key} /> <span className="tabular-nums">{count}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ul aria-label="Facts by topic" className="flex flex-wrap gap-x-3 gap-y-1">
        {counts.topics.map(({ key, count, href }) => (
          <li key={key}>
            <Link href={href} prefetch={false} aria-label={`${count} facts on ${topicLabels[key].toLowerCase()}`}>
              {topicLabels[key]} <span className="tabular-nums">{count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
