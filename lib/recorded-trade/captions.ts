// The words that travel with the recorded-trade panel (caption, image source
// line): both the statistical compilers and the press sources. Pure.
import type { RecordedSeriesView } from "@/lib/recorded-trade/display";

export function compilersSentence(series: Pick<RecordedSeriesView, "compiler" | "release" | "reporter">[]): string {
  const byCompiler = new Map<string, Set<string>>();
  for (const s of series) byCompiler.set(s.compiler, (byCompiler.get(s.compiler) ?? new Set()).add(s.release));
  return `Statistics: ${[...byCompiler].map(([compiler, releases]) => `${compiler} (release ${[...releases].join(", ")})`).join("; ")}.`;
}

export function recordedCaption(series: Pick<RecordedSeriesView, "compiler" | "release" | "reporter">[], pressPublishers: string[]): string {
  return `Yearly recorded trade in current US dollars, log scale; each line is one series (one compiler, release, reporter and unit), with gaps and zeros breaking it. ${compilersSentence(series)} Press figures, drawn as separate marks: ${pressPublishers.join("; ")}.`;
}
