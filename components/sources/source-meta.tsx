import type { Source } from "@/lib/dataset/schema";
import { sourceMetaRows, type MetaRow } from "@/lib/display/source";

function Value({ row }: { row: MetaRow }) {
  if (!row.link) return <>{row.text}</>;
  return row.link.external ? (
    <a href={row.link.href} rel="noopener noreferrer" className="break-all">
      {row.text}
    </a>
  ) : (
    <a href={row.link.href}>{row.text}</a>
  );
}

/** The source's metadata as a definition list. */
export function SourceMeta({ source }: { source: Source }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {sourceMetaRows(source).map((row) => (
        <div key={row.term} className="contents">
          <dt className="font-semibold text-muted">{row.term}</dt>
          <dd className="mb-2 sm:mb-0">
            <Value row={row} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
