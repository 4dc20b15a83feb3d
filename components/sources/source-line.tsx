import type { Source } from "@/lib/dataset/schema";
import { sourceLine } from "@/lib/display/source";

/** Title, publisher, date and link of a source, as one citation line. */
export function SourceLine({ source }: { source: Source }) {
  const line = sourceLine(source);
  return (
    <span className="text-sm text-muted">
      <a href={line.url} rel="noopener noreferrer" className="font-medium">
        {line.title}
      </a>
      {line.authors && `, ${line.authors}`}. {line.publisher}, {line.published}. <span className="italic">{line.tier}</span>.
    </span>
  );
}
