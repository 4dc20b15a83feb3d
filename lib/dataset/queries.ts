// The app's only door to data/. Read and validated once per build process;
// a dataset with problems stops the build with every problem listed.
import "server-only";
import { dataDir, loadDataset, type Dataset } from "@/lib/dataset/load";
import type { Fact, Panel, StoredSource } from "@/lib/dataset/schema";

let cached: Dataset | null = null;

export function getDataset(): Dataset {
  if (cached) return cached;
  cached = loadDataset(dataDir());
  return cached;
}

export function listFacts(): Fact[] {
  return getDataset().facts;
}

export function getFact(id: string): Fact | undefined {
  return getDataset().facts.find((fact) => fact.id === id);
}

export function listSources(): StoredSource[] {
  return getDataset().sources;
}

export function getSource(id: string): StoredSource | undefined {
  return getDataset().sources.find((source) => source.id === id);
}

export function listPanels(): Panel[] {
  return getDataset().panels;
}

export function getPanel(id: string): Panel | undefined {
  return getDataset().panels.find((panel) => panel.id === id);
}
