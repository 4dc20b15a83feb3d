// The caveats a figure carries wherever it goes (image, embed, CSV, citation):
// its qualifier, its date as the data holds it, and its verdict.
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Fact, Figure } from "@/lib/dataset/schema";
import { verdictLabels } from "@/lib/dataset/vocab";
import { asOfPhrase } from "@/lib/display/figure-date";
import { figurePhrase } from "@/lib/display/format";

/** "at least 25% (Share of oil imports, undated, before 2019)". */
function figureWithDate(figure: Figure): string {
  return `${figurePhrase(figure)} (${figure.measure}, ${asOfPhrase(figure.as_of)})`;
}

/** "at least 25% (Share of oil imports, undated, before 2019); verdict: Qualified". */
export function factCaveat(fact: Fact): string {
  const value = fact.figure ? figureWithDate(fact.figure) : fact.event ? formatPartialDate(fact.event.date) : null;
  const verdict = `verdict: ${verdictLabels[fact.verdict.rating]}`;
  return value ? `${value}; ${verdict}` : verdict;
}
