import { VerdictBadge } from "@/components/verdict-badge";
import { countBy } from "@/lib/dataset/select";
import type { Fact } from "@/lib/dataset/schema";
import { verdicts } from "@/lib/dataset/vocab";

export function VerdictCounts({ facts }: { facts: Fact[] }) {
  const counts = countBy(facts, (fact) => fact.verdict.rating);
  return (
    <ul aria-label="Facts by verdict" className="mt-4 flex flex-wrap gap-3">
      {verdicts.map((verdict) => (
        <li key={verdict} className="flex items-center gap-1 text-sm">
          <VerdictBadge verdict={verdict} /> <span className="tabular-nums">{counts[verdict] ?? 0}</span>
        </li>
      ))}
    </ul>
  );
}
