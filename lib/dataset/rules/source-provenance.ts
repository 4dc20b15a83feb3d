// How each source's date is known and how its page was seen: a date is exact
// only when the page shows it, and every source says whether it was read live.
import type { Located } from "@/lib/dataset/raw";
import type { Problem } from "@/lib/dataset/problem";
import type { StoredSource } from "@/lib/dataset/schema";
import { dateKnownLabels } from "@/lib/dataset/rules/provenance-vocab";

export function sourceProvenanceProblems(sources: Located<StoredSource>[]): Problem[] {
  return sources.flatMap(({ file, record }) => {
    const problems: Problem[] = [];
    const at = (field: string, reason: string) => problems.push({ file, id: record.id, field, reason });
    const p = record.published;
    if (p.kind === "exact" && p.known === undefined) {
      at("published.known", "required for an exact date: how the date is known (page, url, metadata, estimated, unrecorded)");
    } else if (p.kind === "exact" && p.known !== "page") {
      at("published.known", `an exact date must be shown on the page; one ${dateKnownLabels[p.known!]} is "estimated", with its basis`);
    }
    if (p.kind === "estimated" && p.known === "page" && p.from !== p.to) {
      at("published.known", "an estimated range cannot be shown on the page: say where it comes from");
    }
    if (record.seen === undefined) {
      at("seen", "required: how the page was seen (live with the date, or an archived copy with the archive and its date where known)");
    }
    return problems;
  });
}
