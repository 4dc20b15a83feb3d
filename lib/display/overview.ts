// The home page's overview, as pure selections over the dataset: the indicator
// grid and the then-and-now pairs are curated in data/panels.yaml; the
// navigation and the counts follow the panels and facts.
import type { Dataset } from "@/lib/dataset/load";
import type { Fact, Panel } from "@/lib/dataset/schema";
import { countBy } from "@/lib/dataset/select";
import { topics, verdicts, type Topic, type Verdict } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

export type Indicator = { label: string; fact: Fact; panel: Panel };

/** Every panel's indicators, ordered by the topic of their fact (energy, trade, investment…), then as listed. */
export function overviewIndicators(dataset: Dataset): Indicator[] {
  const facts = new Map(dataset.facts.map((fact) => [fact.id, fact]));
  const found = dataset.panels.flatMap((panel) =>
    panel.indicators?.flatMap(({ label, fact }) => {
      const record = facts.get(fact);
      return record ? [{ label, fact: record, panel }] : [];
    }) ?? [],
  );
  // A stable sort: indicators of one topic keep the order the panels list them in.
  const rank = (fact: Fact) => topics.indexOf(fact.topic);
  return found.sort((a, b) => rank(a.fact) - rank(b.fact));
}

export type NavGroup = { heading: string; links: Array<{ id: string; title: string }> };

/** "On this page": the figures and charts first, then one list per topic. */
export function pageNavGroups(panels: Panel[]): NavGroup[] {
  const link = (panel: Panel) => ({ id: panel.id, title: panel.title });
  const groups = [
    { heading: "Figures and charts", links: panels.filter((p) => p.view !== "list").map(link) },
    { heading: "Topics", links: panels.filter((p) => p.view === "list").map(link) },
  ];
  return groups.filter((group) => group.links.length > 0);
}

type CountLink<K extends string> = { key: K; count: number; href: string };

/** How many facts per verdict and per topic, each linking to the explorer filtered to them. */
export function countLinks(facts: Fact[]): { verdicts: CountLink<Verdict>[]; topics: CountLink<Topic>[] } {
  const byVerdict = countBy(facts, (fact) => fact.verdict.rating);
  const byTopic = countBy(facts, (fact) => fact.topic);
  return {
    verdicts: verdicts.map((key) => ({ key, count: byVerdict[key] ?? 0, href: routes.explorer(`verdict=${key}`) })),
    topics: topics.filter((key) => (byTopic[key] ?? 0) > 0).map((key) => ({ key, count: byTopic[key]!, href: routes.explorer(`topic=${key}`) })),
  };
}

type ThenNowPair = { then: Fact; now: Fact | null; change: string };

/** A then-now panel's pairs with their facts; a pair naming an unknown fact is left out (the data check reports it). */
export function thenNowPairs(panel: Panel, facts: Fact[]): ThenNowPair[] {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return (
    panel.pairs?.flatMap((pair) => {
      const then = byId.get(pair.then);
      const now = pair.now ? byId.get(pair.now) : null;
      return then && now !== undefined ? [{ then, now, change: pair.change }] : [];
    }) ?? []
  );
}
