import { formatPublication } from "@/lib/format";
import { displayTitle } from "@/lib/source-title";
import type { Source } from "@/lib/dataset/schema";
import { tierLabels } from "@/lib/dataset/vocab";

/** Title, publisher, date and link of a source, as one citation line. */
export function SourceLine({ source }: { source: Source }) {
  return (
    <span className="text-sm text-muted">
      <a href={source.url} rel="noopener noreferrer" className="font-medium">
        {displayTitle(source)}
      </a>
      {source.authors.length > 0 ? `, ${source.authors.join(", ")}` : ""}. {source.publisher},{" "}
      {formatPublication(source.published)}. <span className="italic">{tierLabels[source.tier]}</span>.
    </span>
  );
}
