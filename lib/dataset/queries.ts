// The app's only door to data/. Read and validated once per build process;
// a dataset with problems stops the build with every problem listed.
import "server-only";
import { dataDir, loadDataset, type Dataset } from "@/lib/dataset/load";
import type { Fact, Panel, StoredSource } from "@/lib/dataset/schema";

let cached: Dataset | null = null;
// Records by id, built once: a page per fact or source looks itself up, and a
// scan of the whole list per page would make the build quadratic in the data.
let byId: { facts: Map<string, Fact>; sources: Map<string, StoredSource>; panels: Map<string, Panel> } | null = null;
const index = () =>
  (byId ??= {
    facts: new Map(getDataset().facts.map((fact) => [fact.id, fact])),
    sources: new Map(getDataset().sources.map((source) => [source.id, source])),
    panels: new Map(getDataset().panels.map((panel) => [panel.id, panel])),
  });

export function getDataset(): Dataset {
  if (cached) return cached;
  cached = loadDataset(dataDir());
  return cached;
}

export function listFacts(): Fact[] {
  return getDataset().facts;
}

export function getFact(id: string): Fact | undefined {
  return index().facts.get(id);
}

export function listSources(): StoredSource[] {
  return getDataset().sources;
}

export function getSource(id: string): StoredSource | undefined {
  return index().sources.get(id);
}

export function listPanels(): Panel[] {
  return getDataset().panels;
}

export function getPanel(id: string): Panel | undefined {
  return index().panels.get(id);
}
