import { formatPublication } from "@/lib/format";
import type { Source } from "@/lib/dataset/schema";
import { tierLabels } from "@/lib/dataset/vocab";

/** Title, publisher, date and link of a source, as one citation line. */
export function SourceLine({ source }: { source: Source }) {
  return (
    <span className="text-sm text-muted">
      <a href={source.url} rel="noopener noreferrer" className="font-medium">
        {source.title}
      </a>
      {source.authors.length > 0 ? `, ${source.authors.join(", ")}` : ""}. {source.publisher},{" "}
      {formatPublication(source.published)}. <span className="italic">{tierLabels[source.tier]}</span>.
    </span>
  );
}
