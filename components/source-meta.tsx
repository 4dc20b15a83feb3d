import { formatPublication } from "@/lib/format";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Source } from "@/lib/dataset/schema";
import { tierLabels } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

const titleKindNotes: Record<Source["title_kind"], string> = {
  "as-published": "As the page shows it",
  translated: "The page’s own title, with our English translation in brackets",
  description: "The page shows no title we could trace: the bracketed text is our description",
};

const languageNames = new Intl.DisplayNames(["en"], { type: "language" });

/** The source's metadata as a definition list. */
export function SourceMeta({ source }: { source: Source }) {
  const p = source.published;
  const rows: [string, React.ReactNode][] = [
    ["Title", titleKindNotes[source.title_kind]],
    ...(source.derived_from
      ? [["Derived from", <a key="derived" href={routes.source(source.derived_from)}>{source.derived_from}</a>] as [string, React.ReactNode]]
      : []),
    ["Publisher", source.publisher],
    ["Authors", source.authors.length > 0 ? source.authors.join(", ") : "Not named"],
    ["Published", p.kind === "unknown" ? `Not shown${p.basis ? ` (${p.basis})` : ""}` : formatPublication(p)],
    ...(p.kind !== "unknown" && p.basis ? [["How the date is known", p.basis] as [string, string]] : []),
    ["Accessed", formatPartialDate(source.accessed)],
    ["Language", languageNames.of(source.language) ?? source.language],
    ["Reliability", tierLabels[source.tier]],
    ["Original", <a key="url" href={source.url} rel="noopener noreferrer" className="break-all">{source.url}</a>],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold text-muted">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
