// What a panel's exported pictures (the SVG download and the PNG) say about
// each fact, and the note they carry: whole phrases only, every figure with its
// date in words that read as English, a claim without a figure led by its text.
import type { Fact } from "@/lib/dataset/schema";
import { eventSpan } from "@/lib/display/figure-label";
import { asOfPhrase } from "@/lib/display/figure-date";
import { figurePhrase } from "@/lib/display/format";

export type ExportRow = {
  id: string;
  /** The figure or the event's date; null for a claim without either. */
  value: string | null;
  /** The measure of a figure, else the statement. */
  text: string;
  /** "as of 9 June 2019", "undated, before 2019": only for a figure (an event's date is its value). */
  date: string | null;
  verdict: Fact["verdict"]["rating"];
};

export function exportRow(fact: Fact): ExportRow {
  const base = { id: fact.id, verdict: fact.verdict.rating };
  if (fact.figure) return { ...base, value: figurePhrase(fact.figure), text: fact.figure.measure, date: asOfPhrase(fact.figure.as_of) };
  if (fact.event) return { ...base, value: eventSpan(fact.event), text: fact.statement, date: null };
  return { ...base, value: null, text: fact.statement, date: null };
}

/** One line of text for a row: "at least 25%, undated, before 2019: Share …", "14 December 2016: Netanyahu visits …", or the claim itself. */
export function exportRowLine(row: ExportRow): string {
  const lead = [row.value, row.date].filter(Boolean).join(", ");
  return lead ? `${lead}: ${row.text}` : row.text;
}

/** The panel note as the pictures print it, in full. */
export function exportNote(note: string | undefined): string | null {
  return note ? `Note: ${note}` : null;
}

/** "and 3 more on the panel page": how many rows a picture leaves out. */
export function leftOutLine(count: number): string | null {
  return count > 0 ? `and ${count} more on the panel page` : null;
}

/** "Source: A; B; C." naming only whole publishers within `max` characters, then how many are left out. */
export function sourcesThatFit(names: string[], max: number): string {
  const kept: string[] = [];
  for (const name of names) {
    const rest = names.length - kept.length - 1;
    const tail = rest > 0 ? `; and ${rest} more` : "";
    if (kept.length > 0 && [...kept, name].join("; ").length + tail.length > max) break;
    kept.push(name);
  }
  const left = names.length - kept.length;
  return `Source: ${kept.join("; ")}${left > 0 ? `; and ${left} more` : ""}.`;
}
