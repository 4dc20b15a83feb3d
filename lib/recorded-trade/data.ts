// The one seam pages, panels, the API and the data package use to read the
// statistical tables and recorded series (lib/tables/ reads the files). Free
// of `server-only`, like lib/dataset/load.ts: the panel components that call it
// are also drawn by the build script and by vitest.
import path from "node:path";
import { formatProblem } from "@/lib/dataset/problem";
import { compilersSentence } from "@/lib/recorded-trade/captions";
import { recordedSeriesViews, type RecordedSeriesView } from "@/lib/recorded-trade/display";
import { validateRecordedData } from "@/lib/dataset/tables/check";
import type { LoadedTable, RecordedData } from "@/lib/dataset/tables/load";

let cached: { data: RecordedData; views: RecordedSeriesView[] } | null = null;

function load() {
  if (cached) return cached;
  const dir = process.env.DATA_DIR ?? path.join(process.cwd(), "data");
  const { data, problems } = validateRecordedData(dir);
  if (problems.length > 0) throw new Error(`Recorded trade data in ${dir} has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
  cached = { data, views: recordedSeriesViews(data) };
  return cached;
}

export const listTables = (): LoadedTable[] => load().data.tables;
export const getTable = (id: string): LoadedTable | undefined => load().data.tables.find((t) => t.id === id);
export const listRecordedSeries = (): RecordedSeriesView[] => load().views;
export const getRecordedSeries = (id: string): RecordedSeriesView | undefined => load().views.find((s) => s.id === id);

/** What an image of a recorded-trade panel names before its press sources: the statistical compilers. */
export function statisticsLine(view: string): string {
  return view === "recorded" ? `${compilersSentence(listRecordedSeries())} Press figures: ` : "";
}
