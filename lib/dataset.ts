// Pure helpers over an already-validated dataset. Pages go through lib/data.ts,
// which builds one of these at build time.
import type { RawDataset } from "@/lib/load-dataset";
import type { DatasetMeta, Fact, Panel, StoredSource } from "@/lib/schema";
import { topics, type Topic } from "@/lib/vocab";

export type Dataset = {
  meta: DatasetMeta;
  sources: StoredSource[];
  facts: Fact[];
  panels: Panel[];
};

export function fromRaw(raw: RawDataset): Dataset {
  if (!raw.meta) throw new Error("data/dataset.yaml is missing or invalid");
  return {
    meta: raw.meta,
    sources: raw.sources.map(({ record }) => record),
    facts: raw.facts.map(({ record }) => record),
    panels: raw.panels.map(({ record }) => record),
  };
}

export type TopicGroup = { topic: Topic; facts: Fact[] };

/** Facts grouped by topic, in the fixed topic order; empty topics are left out. */
export function groupFactsByTopic(facts: Fact[]): TopicGroup[] {
  return topics
    .map((topic) => ({ topic, facts: facts.filter((fact) => fact.topic === topic) }))
    .filter((group) => group.facts.length > 0);
}

export function countBy<T, K extends string>(items: T[], key: (item: T) => K): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

export type ResolvedPanel = { panel: Panel; facts: Fact[]; sources: StoredSource[] };

/** A panel with its facts in the panel's order and the sources they quote. */
export function resolvePanel(panel: Panel, dataset: Dataset): ResolvedPanel {
  const facts = panel.facts.flatMap((id) => dataset.facts.filter((fact) => fact.id === id));
  const sourceIds = [...new Set(facts.map((fact) => fact.quote.source))];
  const sources = sourceIds.flatMap((id) => dataset.sources.filter((source) => source.id === id));
  return { panel, facts, sources };
}
