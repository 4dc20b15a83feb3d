// Cross-record rules that a schema alone cannot express. Each rule returns
// problems naming the file, the record, the field and the reason.
import path from "node:path";
import { figureDigitsInQuote } from "@/lib/dataset/figure-digits";
import { claimsProblems } from "@/lib/dataset/claims-ledger";
import { panelPartProblems } from "@/lib/dataset/panel-rules";
import { viewProblems } from "@/lib/dataset/view-rules";
import type { Located, RawDataset } from "@/lib/dataset/raw";
import {
  figureDateProblems,
  independenceProblems,
  searchedProblems,
  seriesProblems,
  sourceTitleProblems,
  speakerProblems,
} from "@/lib/dataset/model-rules";
import { partialDateKey } from "@/lib/dataset/partial-date";
import type { Problem } from "@/lib/dataset/problem";
import { containsQuote } from "@/lib/dataset/quote-match";
import { indicatorProblems } from "@/lib/dataset/rules/indicators";
import { sourceProvenanceProblems } from "@/lib/dataset/rules/source-provenance";
import { searchedDenialProblems, summaryDenialProblems } from "@/lib/dataset/rules/verdict-text";
import type { Fact, StoredSource } from "@/lib/dataset/schema";

function duplicateIds<T extends { id: string }>(items: Located<T>[], kind: string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, record } of items) {
    const first = seen.get(record.id);
    if (first) problems.push({ file, id: record.id, field: "id", reason: `duplicate ${kind} id (first used in ${first})` });
    else seen.set(record.id, file);
  }
  return problems;
}

function sourceFileNames(sources: Located<StoredSource>[]): Problem[] {
  return sources.flatMap(({ file, record }) => {
    const base = path.basename(file, ".yaml");
    if (base === record.id) return [];
    return [{ file, id: record.id, field: "id", reason: `must equal the file name "${base}"` }];
  });
}

function sourceTexts(sources: Located<StoredSource>[]): Problem[] {
  return sources.flatMap(({ file, record }) => {
    const problems: Problem[] = [];
    if (record.text.trim() === "") problems.push({ file, id: record.id, field: "text", reason: "stored text is empty" });
    const p = record.published;
    if (p.kind === "estimated" && partialDateKey(p.from) > partialDateKey(p.to)) {
      problems.push({ file, id: record.id, field: "published.to", reason: `estimate ends (${p.to}) before it starts (${p.from})` });
    }
    return problems;
  });
}

function quoteProblems(file: string, fact: Fact, byId: Map<string, StoredSource>): Problem[] {
  const problems: Problem[] = [];
  const source = byId.get(fact.quote.source);
  if (!source) {
    problems.push({ file, id: fact.id, field: "quote.source", reason: `unknown source "${fact.quote.source}"` });
  } else if (!containsQuote(source.text, fact.quote.text)) {
    problems.push({ file, id: fact.id, field: "quote.text", reason: `not found verbatim in the stored text of "${source.id}"` });
  }
  if (fact.figure && !figureDigitsInQuote(fact.figure.value, fact.quote.text)) {
    problems.push({ file, id: fact.id, field: "figure.value", reason: `the digits of ${fact.figure.value} do not occur in the quote` });
  }
  fact.evidence.forEach((evidence, index) => {
    const field = `evidence.${index}`;
    const evidenceSource = byId.get(evidence.source);
    if (!evidenceSource) {
      problems.push({ file, id: fact.id, field: `${field}.source`, reason: `unknown source "${evidence.source}"` });
      return;
    }
    if (evidence.source === fact.quote.source) {
      problems.push({ file, id: fact.id, field: `${field}.source`, reason: "evidence must come from a source other than the fact's own quote" });
    }
    if (!containsQuote(evidenceSource.text, evidence.quote)) {
      problems.push({ file, id: fact.id, field: `${field}.quote`, reason: `not found verbatim in the stored text of "${evidence.source}"` });
    }
  });
  return problems;
}

function verdictProblems(file: string, fact: Fact): Problem[] {
  const stances = new Set(fact.evidence.map((e) => e.stance));
  const problem = (reason: string): Problem[] => [{ file, id: fact.id, field: "verdict.rating", reason }];
  switch (fact.verdict.rating) {
    case "confirmed":
      if (!stances.has("confirms")) return problem('"confirmed" needs at least one evidence quote that confirms');
      if (stances.has("contradicts")) return problem('"confirmed" cannot stand with evidence that contradicts');
      return [];
    case "qualified":
      if (!stances.has("qualifies") && !stances.has("contradicts")) {
        return problem('"qualified" needs at least one evidence quote that qualifies or contradicts');
      }
      return [];
    case "contradicted":
      if (!stances.has("contradicts")) return problem('"contradicted" needs at least one evidence quote that contradicts');
      return [];
    case "unverified":
      if (stances.has("confirms")) return problem('"unverified" cannot stand with evidence that confirms');
      return [];
  }
}

function factEvents(file: string, fact: Fact): Problem[] {
  const event = fact.event;
  if (!event?.end || partialDateKey(event.end) >= partialDateKey(event.date)) return [];
  return [{ file, id: fact.id, field: "event.end", reason: `ends (${event.end}) before it starts (${event.date})` }];
}

function unusedSources(raw: RawDataset): Problem[] {
  const used = new Set<string>();
  if (raw.meta) used.add(raw.meta.primary_source);
  for (const { record } of raw.facts) {
    used.add(record.quote.source);
    for (const e of record.evidence) used.add(e.source);
  }
  return raw.sources
    .filter(({ record }) => !used.has(record.id))
    .map(({ file, record }) => ({ file, id: record.id, field: "id", reason: "source is not cited by any fact or evidence" }));
}

function panelProblems(raw: RawDataset): Problem[] {
  const factIds = new Set(raw.facts.map(({ record }) => record.id));
  return raw.panels.flatMap(({ file, record }) => [
    ...record.facts.flatMap((id, index) =>
      factIds.has(id) ? [] : [{ file, id: record.id, field: `facts.${index}`, reason: `unknown fact "${id}"` }],
    ),
    ...(record.remainder?.of ?? []).flatMap((id, index) =>
      record.facts.includes(id)
        ? []
        : [{ file, id: record.id, field: `remainder.of.${index}`, reason: `"${id}" is not one of the panel's facts` }],
    ),
  ]);
}

function metaProblems(raw: RawDataset): Problem[] {
  if (!raw.meta) return [];
  if (raw.sources.some(({ record }) => record.id === raw.meta?.primary_source)) return [];
  return [{ file: raw.metaFile, id: "dataset", field: "primary_source", reason: `unknown source "${raw.meta.primary_source}"` }];
}

export function checkIntegrity(raw: RawDataset): Problem[] {
  const byId = new Map(raw.sources.map(({ record }) => [record.id, record]));
  return [
    ...duplicateIds(raw.sources, "source"),
    ...duplicateIds(raw.facts, "fact"),
    ...duplicateIds(raw.panels, "panel"),
    ...duplicateIds(raw.series, "series"),
    ...sourceFileNames(raw.sources),
    ...sourceTexts(raw.sources),
    ...sourceTitleProblems(raw.sources),
    ...sourceProvenanceProblems(raw.sources),
    ...raw.facts.flatMap(({ file, record }) => [
      ...quoteProblems(file, record, byId),
      ...speakerProblems(file, record),
      ...figureDateProblems(file, record),
      ...verdictProblems(file, record),
      ...searchedProblems(file, record),
      ...summaryDenialProblems(file, record),
      ...searchedDenialProblems(file, record),
      ...independenceProblems(file, record, byId),
      ...factEvents(file, record),
    ]),
    ...seriesProblems(raw),
    ...claimsProblems(raw),
    ...unusedSources(raw),
    ...panelProblems(raw),
    ...panelPartProblems(raw),
    ...viewProblems(raw),
    ...indicatorProblems(raw),
    ...metaProblems(raw),
  ];
}
