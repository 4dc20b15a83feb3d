export const citationStyles = ["apa", "mla", "chicago", "harvard", "bibtex", "ris", "csl-json"] as const;
export type CitationStyle = (typeof citationStyles)[number];

export const citationStyleLabels: Record<CitationStyle, string> = {
  apa: "APA 7",
  mla: "MLA 9",
  chicago: "Chicago (author-date)",
  harvard: "Harvard",
  bibtex: "BibTeX",
  ris: "RIS",
  "csl-json": "CSL-JSON",
};

/** The downloadable formats, with their file extension and media type. */
export const citationFiles = {
  bibtex: { extension: "bib", type: "application/x-bibtex; charset=utf-8" },
  ris: { extension: "ris", type: "application/x-research-info-systems; charset=utf-8" },
  "csl-json": { extension: "json", type: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;
export type CitationFileFormat = keyof typeof citationFiles;
