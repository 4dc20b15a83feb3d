// Pure selections over an already-loaded dataset.
import type { Dataset } from "@/lib/dataset/load";
import type { Fact, Panel, StoredSource } from "@/lib/dataset/schema";
import { topics, type Topic } from "@/lib/dataset/vocab";

type TopicGroup = { topic: Topic; facts: Fact[] };

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
// Each dataset's records by id, built on first use: resolving every panel by
// scanning every fact would grow with panels × facts.
const indexes = new WeakMap<Dataset, { facts: Map<string, Fact>; sources: Map<string, StoredSource> }>();
function indexOf(dataset: Dataset) {
  let found = indexes.get(dataset);
  if (!found) {
    found = { facts: new Map(dataset.facts.map((f) => [f.id, f])), sources: new Map(dataset.sources.map((s) => [s.id, s])) };
    indexes.set(dataset, found);
  }
  return found;
}

export function resolvePanel(panel: Panel, dataset: Dataset): ResolvedPanel {
  const { facts: factsById, sources: sourcesById } = indexOf(dataset);
  const facts = panel.facts.flatMap((id) => factsById.get(id) ?? []);
  const sourceIds = [...new Set(facts.map((fact) => fact.quote.source))];
  const sources = sourceIds.flatMap((id) => sourcesById.get(id) ?? []);
  return { panel, facts, sources };
}
