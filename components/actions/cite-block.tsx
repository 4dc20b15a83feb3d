import { Snippet } from "@/components/actions/snippet";
import type { Citable } from "@/lib/citation/citable";
import { citationFiles, citationStyleLabels, citationStyles, type CitationFileFormat } from "@/lib/citation/styles";
import { routes } from "@/lib/routes";

const fileLabels: Record<CitationFileFormat, string> = { bibtex: "BibTeX (.bib)", ris: "RIS (.ris)", "csl-json": "CSL-JSON (.json)" };

/** Every citation style for one record, each with a copy button, and the files to download. */
export function CiteBlock({ citable }: { citable: Citable }) {
  const { formatted } = citable;
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
            <a href={routes.citation(citable.download, citationFiles[format])} download>
              {fileLabels[format]}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
