// Formats CSL-JSON records with citation-js: styles from bundled CSL files,
// BibTeX and RIS from its plugins. Nothing is formatted by hand.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import type { CslRecord } from "@/lib/citation/records";
import type { CitationStyle } from "@/lib/citation/styles";

const templates: Record<"apa" | "mla" | "chicago" | "harvard", string> = {
  apa: "apa.csl",
  mla: "modern-language-association.csl",
  chicago: "chicago-author-date.csl",
  harvard: "harvard-cite-them-right.csl",
};

let registered = false;
function registerTemplates() {
  if (registered) return;
  const csl = plugins.config.get("@csl");
  const dir = path.join(process.cwd(), "lib", "citation", "styles");
  for (const [name, file] of Object.entries(templates)) {
    csl.templates.add(`kzil-${name}`, readFileSync(path.join(dir, file), "utf8"));
  }
  // BibTeX and biblatex read UTF-8; the ASCII-only default drops letters it
  // cannot escape, Cyrillic among them.
  plugins.config.get("@bibtex").format.asciiOnly = false;
  registered = true;
}

function withCollectionNote(record: CslRecord): CslRecord {
  if (!record["container-title"] || record.type !== "webpage") return record;
  const accessed = record.accessed?.["date-parts"][0]?.map((n) => String(n).padStart(2, "0")).join("-");
  const parts = [record.note, record["container-title"], accessed ? `Accessed ${accessed}` : undefined];
  return { ...record, note: parts.filter(Boolean).join(". ") };
}

export function formatCitation(record: CslRecord, style: CitationStyle): string {
  registerTemplates();
  const cite = new Cite(record);
  switch (style) {
    case "bibtex":
      // BibTeX's @misc has no field for the collection a page belongs to,
      // so the dataset and its version travel in the note.
      return escapeBibtexText(circaBibtex(record, new Cite(withCollectionNote(record)).format("bibtex").trim())) + "\n";
    case "ris":
      return unwrapRis(cite.format("ris").trim()) + "\n";
    case "csl-json":
      return JSON.stringify([record], null, 2) + "\n";
    default: {
      const text = cite.format("bibliography", { template: `kzil-${style}`, format: "text", lang: "en-US" }).trim();
      return circaText(record, style, unquotedDescription(record, text));
    }
  }
}

// citation-js leaves LaTeX's special characters bare in text fields, where
// "25%" would comment out the rest of the line; URL fields are left verbatim.
function escapeBibtexText(bibtex: string): string {
  return bibtex.replace(/^(\t(?:title|note|journal|publisher|booktitle) = \{)(.*)(\},?)$/gm, (_, open: string, value: string, close: string) =>
    `${open}${value.replace(/(?<!\\)([%&#_$])/g, "\\$1")}${close}`,
  );
}

// citation-js wraps RIS lines at 70 characters, mid-word, and readers join the
// pieces with a space ("[ver dict"); one line per tag is valid RIS.
function unwrapRis(ris: string): string {
  return ris.split("\n").reduce<string[]>((lines, line) => {
    if (lines.length > 0 && !/^[A-Z][A-Z0-9]  -/.test(line)) lines[lines.length - 1] += line;
    else lines.push(line);
    return lines;
  }, []).join("\n");
}

/** "2019" or "2010–2012": how the styles print an issued date of years only. */
function issuedYears(record: CslRecord): string | null {
  const parts = record.issued?.["date-parts"];
  if (!record.issued?.circa || !parts?.[0]?.[0]) return null;
  const [start, end] = [parts[0][0], parts[1]?.[0]];
  return end !== undefined && end !== start ? `${start}–${end}` : String(start);
}

// APA prints "ca." itself; MLA, Chicago and Harvard drop the circa flag, so
// it is put back the way each style writes an approximate date.
const circaPrefix: Partial<Record<CitationStyle, string>> = { mla: "c. ", chicago: "ca. ", harvard: "c. " };

function circaText(record: CslRecord, style: CitationStyle, text: string): string {
  const years = issuedYears(record);
  const prefix = circaPrefix[style];
  if (!years || !prefix) return text;
  // The title and URL may hold the same digits; only the date is marked. The
  // style may have changed the title's case, so it is found regardless of case.
  const masked = [record.title, record.URL].flatMap((part) => {
    const at = text.toLowerCase().indexOf(part.toLowerCase());
    return at >= 0 ? [text.slice(at, at + part.length)] : [];
  });
  // An access date is when the page was read, never approximate ("Accessed: 28 November 2026").
  masked.push(...(text.match(/\b(?:Accessed|accessed|Retrieved|retrieved)\b[^()]*?\d{4}/g) ?? []));
  let out = text;
  masked.forEach((part, i) => (out = out.split(part).join(`\u0000${i}\u0000`)));
  out = out.replace(new RegExp(`(?<![\\d–])${years}(?![\\d–])`, "g"), `${prefix}${years}`);
  masked.forEach((part, i) => (out = out.split(`\u0000${i}\u0000`).join(part)));
  return out;
}

function circaBibtex(record: CslRecord, bibtex: string): string {
  const years = issuedYears(record);
  if (!years) return bibtex;
  return bibtex.replace(/\tyear = \{\d+\},/, `\tyear = {ca. ${years.replace("–", "--")}},`);
}

// A description is no title: styles that quote or title-case titles would
// present it as one, so it is given back bracketed, unquoted, as written.
function unquotedDescription(record: CslRecord, text: string): string {
  if (!/^\[[^\]]+\]$/.test(record.title)) return text;
  const inner = record.title.slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`“\\[${inner}\\]([.,]?)”`, "i"), `${record.title}$1`).replace(new RegExp(`\\[${inner}\\]`, "i"), record.title);
}

export type FormattedCitations = Record<CitationStyle, string>;

// A record is cited on many pages (a source on its own page, on each of its
// facts' pages and in their downloads); citeproc takes ~17 ms per record for
// the four styles, so each record is formatted once per process. Frozen, since
// callers share it.
const formatted = new Map<string, Readonly<FormattedCitations>>();

export function formatAll(record: CslRecord): Readonly<FormattedCitations> {
  const key = JSON.stringify(record);
  let all = formatted.get(key);
  if (!all) {
    all = Object.freeze({
      apa: formatCitation(record, "apa"),
      mla: formatCitation(record, "mla"),
      chicago: formatCitation(record, "chicago"),
      harvard: formatCitation(record, "harvard"),
      bibtex: formatCitation(record, "bibtex"),
      ris: formatCitation(record, "ris"),
      "csl-json": formatCitation(record, "csl-json"),
    });
    formatted.set(key, all);
  }
  return all;
}
