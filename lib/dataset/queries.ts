// The app's only door to data/. Read and validated once per build process;
// a dataset with problems stops the build with every problem listed.
import "server-only";
import { dataDir, loadDataset, type Dataset } from "@/lib/dataset/load";
import type { Fact, Panel, StoredSource } from "@/lib/dataset/schema";

type Loaded = {
  dataset: Dataset;
  // Records by id: a page per fact or source looks itself up, and a scan of
  // the whole list per page would make the build quadratic in the data.
  byId: { facts: Map<string, Fact>; sources: Map<string, StoredSource>; panels: Map<string, Panel> };
};

// Kept on globalThis, one per data folder: Next evaluates this module more
// than once in a build worker (once per bundle layer), and each evaluation
// would otherwise read and validate the whole dataset again.
const store = ((globalThis as { kzilDatasets?: Map<string, Loaded> }).kzilDatasets ??= new Map<string, Loaded>());

function loaded(): Loaded {
  const dir = dataDir();
  let entry = store.get(dir);
  if (!entry) {
    const dataset = loadDataset(dir);
    entry = {
      dataset,
      byId: {
        facts: new Map(dataset.facts.map((fact) => [fact.id, fact])),
        sources: new Map(dataset.sources.map((source) => [source.id, source])),
        panels: new Map(dataset.panels.map((panel) => [panel.id, panel])),
      },
    };
    store.set(dir, entry);
  }
  return entry;
}

export function getDataset(): Dataset {
  return loaded().dataset;
}

export function listFacts(): Fact[] {
  return getDataset().facts;
}

export function getFact(id: string): Fact | undefined {
  return loaded().byId.facts.get(id);
}

export function listSources(): StoredSource[] {
  return getDataset().sources;
}

export function getSource(id: string): StoredSource | undefined {
  return loaded().byId.sources.get(id);
}

export function listPanels(): Panel[] {
  return getDataset().panels;
}

export function getPanel(id: string): Panel | undefined {
  return loaded().byId.panels.get(id);
}
