import { Snippet } from "@/components/actions/snippet";
import { formatAll } from "@/lib/citation/format";
import type { CslRecord } from "@/lib/citation/records";
import { citationFiles, citationStyleLabels, citationStyles, type CitationFileFormat } from "@/lib/citation/styles";
import { routes } from "@/lib/routes";

export type Citable = {
  key: string;
  heading: string;
  record: CslRecord;
  download: "dataset" | { kind: "panels" | "facts" | "sources"; id: string };
};

const fileLabels: Record<CitationFileFormat, string> = { bibtex: "BibTeX (.bib)", ris: "RIS (.ris)", "csl-json": "CSL-JSON (.json)" };

/** Every citation style for one record, each with a copy button, and the files to download. */
export function CiteBlock({ citable }: { citable: Citable }) {
  const formatted = formatAll(citable.record);
  return (
    <div className="mt-4" data-cite={citable.key}>
      <h2 className="text-xl font-bold">{citable.heading}</h2>
      {citationStyles.map((style) => (
        <Snippet key={style} id={`cite-${citable.key}-${style}`} label={citationStyleLabels[style]} text={formatted[style]} />
      ))}
      <p className="mt-2 text-sm">
        Download:{" "}
        {(Object.keys(citationFiles) as CitationFileFormat[]).map((format, i) => (
          <span key={format}>
            {i > 0 && " · "}
            <a href={routes.citation(citable.download, format)} download>
              {fileLabels[format]}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
