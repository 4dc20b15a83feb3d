// Rules of the issue-9 model: who claims a quote, titles as published,
// figure dates and series, and evidence independent of the claim's source.
import { figureBorneOut, figureDigitsInQuote } from "@/lib/dataset/figure-digits";
import type { Located, RawDataset } from "@/lib/dataset/raw";
import { partialDateKey } from "@/lib/dataset/partial-date";
import type { Problem } from "@/lib/dataset/problem";
import type { Fact, StoredSource } from "@/lib/dataset/schema";

export function sourceTitleProblems(sources: Located<StoredSource>[]): Problem[] {
  const ids = new Set(sources.map(({ record }) => record.id));
  return sources.flatMap(({ file, record }) => {
    const problems: Problem[] = [];
    const at = (field: string, reason: string) => problems.push({ file, id: record.id, field, reason });
    if (record.title_kind === "translated" && record.original_title === undefined) {
      at("original_title", 'required when title_kind is "translated": the title exactly as the page shows it');
    }
    if (record.title_kind !== "translated" && record.original_title !== undefined) {
      at("original_title", 'only allowed when title_kind is "translated"');
    }
    if (record.derived_from !== undefined) {
      if (record.derived_from === record.id) at("derived_from", "a source cannot derive from itself");
      else if (!ids.has(record.derived_from)) at("derived_from", `unknown source "${record.derived_from}"`);
    }
    return problems;
  });
}

export function speakerProblems(file: string, fact: Fact): Problem[] {
  const attribution = fact.quote.attribution;
  if (attribution === "narration" && fact.speaker) {
    return [{ file, id: fact.id, field: "speaker", reason: "must be absent for narration: the claim is the publication's own" }];
  }
  if (attribution !== "narration" && !fact.speaker) {
    return [{ file, id: fact.id, field: "speaker", reason: `required for ${attribution} speech: whose words they are` }];
  }
  return [];
}

/** "Unverified" must say how hard anyone looked, or it tells the reader nothing. */
export function searchedProblems(file: string, fact: Fact): Problem[] {
  if (fact.verdict.rating !== "unverified" || (fact.verdict.searched ?? "").trim() !== "") return [];
  return [{ file, id: fact.id, field: "verdict.searched", reason: "required for an unverified fact: what was looked for, and where" }];
}

export function figureDateProblems(file: string, fact: Fact): Problem[] {
  const asOf = fact.figure?.as_of;
  if (asOf?.kind !== "estimated" || partialDateKey(asOf.from) <= partialDateKey(asOf.to)) return [];
  return [{ file, id: fact.id, field: "figure.as_of.to", reason: `estimate ends (${asOf.to}) before it starts (${asOf.from})` }];
}

export function seriesProblems(raw: RawDataset): Problem[] {
  const declared = new Map(raw.series.map(({ record }) => [record.id, record]));
  const members = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { file, record: fact } of raw.facts) {
    const figure = fact.figure;
    if (!figure?.series) continue;
    const series = declared.get(figure.series);
    const at = (field: string, reason: string) => problems.push({ file, id: fact.id, field, reason });
    if (!series) {
      at("figure.series", `unknown series "${figure.series}"`);
      continue;
    }
    members.set(series.id, (members.get(series.id) ?? 0) + 1);
    if (figure.unit !== series.unit) at("figure.unit", `must equal the unit of series "${series.id}" (${series.unit})`);
    if (figure.measure !== series.measure) at("figure.measure", `must equal the measure of series "${series.id}" ("${series.measure}")`);
    if (figure.as_of.kind !== "exact" && figure.as_of.kind !== "estimated") {
      at("figure.as_of", `a point of series "${series.id}" needs an exact or estimated date, not "${figure.as_of.kind}"`);
    }
  }
  for (const { file, record } of raw.series) {
    const count = members.get(record.id) ?? 0;
    if (count < 2) problems.push({ file, id: record.id, field: "id", reason: `a series needs at least 2 member figures (has ${count})` });
  }
  return problems;
}

/** A source and everything it derives from, following derived_from. */
function lineage(id: string, byId: Map<string, StoredSource>): Set<string> {
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = byId.get(at)?.derived_from) seen.add(at);
  return seen;
}

function dependent(a: string, b: string, byId: Map<string, StoredSource>): boolean {
  const ofA = lineage(a, byId);
  return [...lineage(b, byId)].some((id) => ofA.has(id));
}

export function independenceProblems(file: string, fact: Fact, byId: Map<string, StoredSource>): Problem[] {
  const problems: Problem[] = [];
  fact.evidence.forEach((evidence, index) => {
    // Evidence from the claim's own source is already a problem of its own.
    if (evidence.independent && evidence.source !== fact.quote.source && dependent(evidence.source, fact.quote.source, byId)) {
      problems.push({
        file,
        id: fact.id,
        field: `evidence.${index}.independent`,
        reason: `"${evidence.source}" and "${fact.quote.source}" derive one from the other or from the same source`,
      });
    }
  });
  if (fact.verdict.rating !== "confirmed") return problems;
  const confirming = fact.evidence.filter((e) => e.stance === "confirms");
  const independent = confirming.filter((e) => e.independent);
  // With no confirming evidence at all, the older verdict rule already speaks.
  if (confirming.length > 0 && independent.length === 0) {
    problems.push({ file, id: fact.id, field: "verdict.rating", reason: '"confirmed" needs at least one independent evidence quote that confirms' });
  } else if (
    fact.figure &&
    figureDigitsInQuote(fact.figure.value, fact.quote.text) &&
    independent.length > 0 &&
    !independent.some((e) => [e.quote, e.translation ?? ""].some((text) => figureBorneOut(fact.figure!.value, fact.figure!.qualifier, text)))
  ) {
    problems.push({
      file,
      id: fact.id,
      field: "verdict.rating",
      reason: `"confirmed" needs independent confirming evidence carrying the figure (${fact.figure.value}, or a more precise value within its qualifier); otherwise the number is "qualified" or "unverified"`,
    });
  }
  return problems;
}
