// How a source's page was seen decides what its citation may claim: an access
// date only for a page opened live; an archived copy is named as such.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Seen } from "@/lib/dataset/schema";
import { cslDate, type CslDate } from "@/lib/citation/records";

/** The CSL `accessed` field: only a page opened live has one. */
export function sourceAccessed(seen: Seen | undefined): { accessed?: CslDate } {
  if (seen?.how !== "live") return {};
  const accessed = cslDate(seen.date);
  return accessed ? { accessed } : {};
}

/** "Read from an archived copy (Internet Archive (Wayback Machine), 6 October 2006), not the live page". */
export function seenNote(seen: Seen | undefined): string | null {
  if (seen?.how !== "archived") return null;
  const where = [seen.archive, seen.date ? formatPartialDate(seen.date) : null].filter(Boolean).join(", ");
  return `Read from an archived copy (${where}), not the live page`;
}
