// The one loader: reads the curated dataset from disk, parses every record
// with zod, runs the integrity rules. Kept free of `server-only` so scripts,
// tests and the benchmark use it from plain Node.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import type { z } from "zod";
import { checkIntegrity } from "@/lib/dataset/integrity";
import { formatProblem, type Problem } from "@/lib/dataset/problem";
import type { Located, RawDataset } from "@/lib/dataset/raw";
import { validateRecordedData } from "@/lib/dataset/tables/check";
import { recordedReferenceProblems } from "@/lib/dataset/tables/recorded-references";
import {
  claimsSchema,
  datasetMetaSchema,
  factSchema,
  panelSchema,
  seriesSchema,
  sourceSchema,
  type Claims,
  type DatasetMeta,
  type Fact,
  type Panel,
  type Series,
  type StoredSource,
} from "@/lib/dataset/schema";

type Reader = { dir: string; problems: Problem[] };

// Paths in problems are relative to where the command runs: "data/facts/energy.yaml".
function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function readYaml(reader: Reader, file: string): unknown {
  try {
    // js-yaml with YAML 1.2's core schema reads what `yaml` reads here (dates
    // stay strings) and is several times faster: at 100× data the build
    // parses ~20,000 files once per worker.
    return loadYaml(readFileSync(file, "utf8"), { schema: CORE_SCHEMA, filename: file }) ?? null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    reader.problems.push({ file: relative(file), id: "-", field: "-", reason: `cannot read YAML: ${reason}` });
    return undefined;
  }
}

function recordId(raw: unknown): string {
  if (raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string") return raw.id;
  return "(no id)";
}

function parseRecord<S extends z.ZodType>(reader: Reader, file: string, schema: S, raw: unknown, id = recordId(raw)): z.infer<S> | null {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    reader.problems.push({
      file: relative(file),
      id,
      field: issue.path.length ? issue.path.join(".") : "-",
      reason: issue.message,
    });
  }
  return null;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => path.join(dir, name));
}

function readList<S extends z.ZodType>(reader: Reader, file: string, schema: S): Located<z.infer<S>>[] {
  const raw = readYaml(reader, file);
  // An empty file (or one holding only comments) is an empty list.
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    reader.problems.push({ file: relative(file), id: "-", field: "-", reason: "must be a YAML list of records" });
    return [];
  }
  return raw.flatMap((item) => {
    const record = parseRecord(reader, file, schema, item);
    return record ? [{ file: relative(file), record }] : [];
  });
}

function readSources(reader: Reader): Located<StoredSource>[] {
  return yamlFiles(path.join(reader.dir, "sources")).flatMap((file) => {
    const source = parseRecord(reader, file, sourceSchema, readYaml(reader, file));
    if (!source) return [];
    const textFile = file.replace(/\.yaml$/, ".txt");
    if (!existsSync(textFile)) {
      reader.problems.push({ file: relative(file), id: source.id, field: "text", reason: `stored text ${relative(textFile)} is missing` });
      return [];
    }
    return [{ file: relative(file), record: { ...source, text: readFileSync(textFile, "utf8") } }];
  });
}

function readClaims(reader: Reader): Located<Claims> | null {
  const file = path.join(reader.dir, "claims.yaml");
  if (!existsSync(file)) {
    reader.problems.push({ file: relative(file), id: "claims", field: "-", reason: "file is missing: every passage of the primary source must be accounted for" });
    return null;
  }
  const raw = readYaml(reader, file);
  if (raw === undefined) return null;
  const claims = parseRecord(reader, file, claimsSchema, raw, "claims");
  return claims ? { file: relative(file), record: claims } : null;
}

export function loadRawDataset(dir: string): { raw: RawDataset; problems: Problem[] } {
  const reader: Reader = { dir: path.resolve(dir), problems: [] };
  const metaFile = path.join(reader.dir, "dataset.yaml");
  const meta = existsSync(metaFile) ? parseRecord(reader, metaFile, datasetMetaSchema, readYaml(reader, metaFile), "dataset") : null;
  if (!existsSync(metaFile)) reader.problems.push({ file: relative(metaFile), id: "dataset", field: "-", reason: "file is missing" });
  const raw: RawDataset = {
    meta,
    metaFile: relative(metaFile),
    sources: readSources(reader),
    facts: yamlFiles(path.join(reader.dir, "facts")).flatMap((file) => readList(reader, file, factSchema)),
    panels: existsSync(path.join(reader.dir, "panels.yaml"))
      ? readList(reader, path.join(reader.dir, "panels.yaml"), panelSchema)
      : [],
    // No series file means no declared series: nothing is joined.
    series: existsSync(path.join(reader.dir, "series.yaml"))
      ? readList(reader, path.join(reader.dir, "series.yaml"), seriesSchema)
      : [],
    claims: readClaims(reader),
  };
  return { raw, problems: reader.problems };
}

export type Dataset = {
  meta: DatasetMeta;
  sources: StoredSource[];
  facts: Fact[];
  panels: Panel[];
  series: Series[];
  claims: Claims | null;
};

/** Parse and check a dataset folder; problems are empty when it is sound. */
export function validateDataset(dir: string): { raw: RawDataset; problems: Problem[] } {
  const { raw, problems } = loadRawDataset(dir);
  const recorded = validateRecordedData(dir);
  return { raw, problems: [...problems, ...checkIntegrity(raw), ...recorded.problems, ...recordedReferenceProblems(raw.panels, recorded.data)] };
}

export function fromRaw(raw: RawDataset): Dataset {
  if (!raw.meta) throw new Error("data/dataset.yaml is missing or invalid");
  return {
    meta: raw.meta,
    sources: raw.sources.map(({ record }) => record),
    facts: raw.facts.map(({ record }) => record),
    panels: raw.panels.map(({ record }) => record),
    series: raw.series.map(({ record }) => record),
    claims: raw.claims?.record ?? null,
  };
}

/** The data folder the site is built from: data/, or DATA_DIR (the growth benchmark's generated datasets). */
export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(process.cwd(), "data");
}

/** The one way to get a usable dataset: validate, refuse on any problem, convert. */
export function loadDataset(dir: string): Dataset {
  const { raw, problems } = validateDataset(dir);
  if (problems.length > 0) {
    throw new Error(`The dataset in ${dir} has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  }
  return fromRaw(raw);
}
