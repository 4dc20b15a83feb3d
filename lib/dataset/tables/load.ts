// Reads data/tables/*.yaml (each beside its CSV, stored byte for byte) and
// data/recorded-series.yaml, parses them with zod and returns every problem,
// like lib/dataset/load.ts does for facts. No `server-only`: scripts use it.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { Problem } from "@/lib/dataset/problem";
import { parseCsv } from "@/lib/dataset/tables/csv";
import { recordedSeriesSchema, tableSchema, type RecordedSeries, type StatTable } from "@/lib/dataset/tables/schema";

export type LoadedTable = StatTable & { header: string[]; rows: string[][]; csvFile: string; bytes: number };
export type RecordedData = { tables: LoadedTable[]; series: RecordedSeries[] };

const relative = (file: string) => path.relative(process.cwd(), file) || file;

function readYaml(file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file: relative(file), id: "-", field: "-", reason: `cannot read YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
    return undefined;
  }
}

function issues(file: string, id: string, error: { issues: { path: PropertyKey[]; message: string }[] }): Problem[] {
  return error.issues.map((issue) => ({ file: relative(file), id, field: issue.path.length ? issue.path.map(String).join(".") : "-", reason: issue.message }));
}

function readTables(dir: string, problems: Problem[]): LoadedTable[] {
  const tablesDir = path.join(dir, "tables");
  if (!existsSync(tablesDir)) return [];
  return readdirSync(tablesDir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((name) => {
      const file = path.join(tablesDir, name);
      const raw = readYaml(file, problems);
      const parsed = tableSchema.safeParse(raw);
      const id = (raw as { id?: unknown } | undefined)?.id;
      if (!parsed.success) {
        problems.push(...issues(file, typeof id === "string" ? id : "(no id)", parsed.error));
        return [];
      }
      const table = parsed.data;
      if (path.basename(name, ".yaml") !== table.id) {
        problems.push({ file: relative(file), id: table.id, field: "id", reason: `must equal the file name "${path.basename(name, ".yaml")}"` });
      }
      const csvFile = path.join(tablesDir, table.file);
      if (!existsSync(csvFile)) {
        problems.push({ file: relative(file), id: table.id, field: "file", reason: `stored table ${relative(csvFile)} is missing` });
        return [];
      }
      const bytes = readFileSync(csvFile);
      const hash = createHash("sha256").update(bytes).digest("hex");
      if (hash !== table.sha256) {
        problems.push({ file: relative(file), id: table.id, field: "sha256", reason: `${table.file} has SHA-256 ${hash}: the stored copy changed` });
      }
      // A table quoted as evidence is also a source (data/sources/<id>.txt): its stored text must be the table itself.
      const asSource = path.join(dir, "sources", `${table.id}.txt`);
      if (existsSync(asSource) && !readFileSync(asSource).equals(bytes)) {
        problems.push({ file: relative(asSource), id: table.id, field: "text", reason: `must be byte for byte the stored table ${relative(csvFile)}` });
      }
      const { header, rows } = parseCsv(bytes.toString("utf8"));
      if (!header.includes(table.year_column)) {
        problems.push({ file: relative(file), id: table.id, field: "year_column", reason: `no column "${table.year_column}" in ${table.file}` });
      }
      return [{ ...table, header, rows, csvFile: relative(csvFile), bytes: bytes.length }];
    });
}

function readSeries(dir: string, problems: Problem[]): RecordedSeries[] {
  const file = path.join(dir, "recorded-series.yaml");
  if (!existsSync(file)) return [];
  const raw = readYaml(file, problems);
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: relative(file), id: "-", field: "-", reason: "must be a YAML list of series" });
    return [];
  }
  return raw.flatMap((item: unknown) => {
    const parsed = recordedSeriesSchema.safeParse(item);
    if (parsed.success) return [parsed.data];
    const id = (item as { id?: unknown } | null)?.id;
    problems.push(...issues(file, typeof id === "string" ? id : "(no id)", parsed.error));
    return [];
  });
}

export function loadRecordedData(dir: string): { data: RecordedData; problems: Problem[]; seriesFile: string } {
  const problems: Problem[] = [];
  const data = { tables: readTables(path.resolve(dir), problems), series: readSeries(path.resolve(dir), problems) };
  return { data, problems, seriesFile: relative(path.join(path.resolve(dir), "recorded-series.yaml")) };
}
