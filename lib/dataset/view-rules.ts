// A chart panel must have something to draw: its view decides which facts it
// can place (lib/charts/series.ts draws them), and a panel none of whose facts
// qualifies would show an empty grid. Cards, lists and then-and-now pairs show
// any fact, so they have no rule here.
import type { RawDataset } from "@/lib/dataset/raw";
import type { Problem } from "@/lib/dataset/problem";
import type { Fact } from "@/lib/dataset/schema";
import { isMoneyUnit, type PanelView } from "@/lib/dataset/vocab";

type ViewRule = { draws: (fact: Fact, primarySource: string | undefined) => boolean; needs: string };

const viewRules: Partial<Record<PanelView, ViewRule>> = {
  series: { draws: (fact) => fact.figure !== undefined && isMoneyUnit(fact.figure.unit), needs: "a money figure (usd-million or usd-billion)" },
  timeline: { draws: (fact) => fact.event !== undefined, needs: "an event (event.date)" },
  // The primary article's figures are notes on the bars of other sources.
  bar: { draws: (fact, primary) => fact.figure !== undefined && fact.quote.source !== primary, needs: "a figure from a source other than the primary article" },
};

export function viewProblems(raw: RawDataset): Problem[] {
  const facts = new Map(raw.facts.map(({ record }) => [record.id, record]));
  const primary = raw.meta?.primary_source;
  return raw.panels.flatMap(({ file, record: panel }) => {
    const rule = viewRules[panel.view];
    if (!rule) return [];
    const own = panel.facts.flatMap((id) => facts.get(id) ?? []);
    if (own.some((fact) => rule.draws(fact, primary))) return [];
    return [{ file, id: panel.id, field: "view", reason: `a "${panel.view}" panel draws ${rule.needs}, and none of its facts has one` }];
  });
}
