// Rules for the curated parts of panels: the overview's indicators and the
// then-and-now pairs name facts, and each must be one of the panel's own.
import type { RawDataset } from "@/lib/dataset/raw";
import type { Problem } from "@/lib/dataset/problem";

export function panelPartProblems(raw: RawDataset): Problem[] {
  return raw.panels.flatMap(({ file, record: panel }) => {
    const problems: Problem[] = [];
    const own = (id: string, field: string) => {
      if (!panel.facts.includes(id)) problems.push({ file, id: panel.id, field, reason: `"${id}" is not one of the panel's facts` });
    };
    panel.indicators?.forEach((indicator, index) => own(indicator.fact, `indicators.${index}.fact`));
    panel.pairs?.forEach((pair, index) => {
      own(pair.then, `pairs.${index}.then`);
      if (pair.now) own(pair.now, `pairs.${index}.now`);
    });
    if (panel.view === "then-now" && !panel.pairs?.length) problems.push({ file, id: panel.id, field: "pairs", reason: 'a "then-now" panel needs at least one pair' });
    if (panel.view !== "then-now" && panel.pairs) problems.push({ file, id: panel.id, field: "pairs", reason: 'only a "then-now" panel has pairs' });
    return problems;
  });
}
