// The dataset as read from disk, each record with the file it came from, before
// the integrity rules judge it. Its own file, below both the loader and the
// rules, so neither imports the other for a type.
import type { Claims, DatasetMeta, Fact, Panel, Series, StoredSource } from "@/lib/dataset/schema";

export type Located<T> = { file: string; record: T };

export type RawDataset = {
  meta: DatasetMeta | null;
  metaFile: string;
  sources: Located<StoredSource>[];
  facts: Located<Fact>[];
  panels: Located<Panel>[];
  series: Located<Series>[];
  /** The claim ledger; null when data/claims.yaml is missing or invalid (a missing file is a problem). */
  claims: Located<Claims> | null;
};
