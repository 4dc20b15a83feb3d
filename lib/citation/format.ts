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
      return new Cite(withCollectionNote(record)).format("bibtex").trim() + "\n";
    case "ris":
      return cite.format("ris").trim() + "\n";
    case "csl-json":
      return JSON.stringify([record], null, 2) + "\n";
    default:
      return cite.format("bibliography", { template: `kzil-${style}`, format: "text", lang: "en-US" }).trim();
  }
}

export type FormattedCitations = Record<CitationStyle, string>;

export function formatAll(record: CslRecord): FormattedCitations {
  return {
    apa: formatCitation(record, "apa"),
    mla: formatCitation(record, "mla"),
    chicago: formatCitation(record, "chicago"),
    harvard: formatCitation(record, "harvard"),
    bibtex: formatCitation(record, "bibtex"),
    ris: formatCitation(record, "ris"),
    "csl-json": formatCitation(record, "csl-json"),
  };
}
