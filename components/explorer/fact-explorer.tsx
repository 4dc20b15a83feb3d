import Link from "next/link";
import { ExplorerLive } from "@/components/explorer/explorer-live";
import { ExplorerResults } from "@/components/explorer/explorer-results";
import type { FactList } from "@/lib/api/envelopes";
import { explorerHref, explorerMaxQuery, type ExplorerState } from "@/lib/explorer-state";
import { topicLabels, topics, verdictLabels, verdicts } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

function summary(data: FactList): string {
  if (data.total === 0) return "No fact matches.";
  const last = data.offset + data.data.length;
  const range = data.offset > 0 || last < data.total ? `${data.offset + 1}–${last} of ` : "";
  return `Showing ${range}${data.total} ${data.total === 1 ? "fact" : "facts"}.`;
}

const field = "mt-1 rounded border border-rule bg-surface px-2 py-1 text-base font-normal";

function FilterSelect<T extends string>({ label, name, value, all, options, labels }: { label: string; name: string; value: string; all: string; options: readonly T[]; labels: Record<T, string> }) {
  return (
    <label className="flex flex-col text-sm font-medium">
      {label}
      <select name={name} defaultValue={value} className={field}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

function SearchForm({ state }: { state: ExplorerState }) {
  return (
    <form role="search" aria-label="Facts" action={routes.explorer()} method="get" className="mt-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-60 grow flex-col text-sm font-medium">
        Words in the statement or quote
        <input type="search" name="q" defaultValue={state.q} maxLength={explorerMaxQuery} className={field} />
      </label>
      <FilterSelect label="Topic" name="topic" value={state.topic} all="All topics" options={topics} labels={topicLabels} />
      <FilterSelect label="Verdict" name="verdict" value={state.verdict} all="All verdicts" options={verdicts} labels={verdictLabels} />
      <button type="submit" className="rounded border border-accent px-3 py-1 font-medium text-accent">
        Search
      </button>
    </form>
  );
}

/**
 * The explorer, rendered on the server from the address: a plain GET form, one
 * page of results and links to the next. JavaScript adds only search as you type.
 */
export function FactExplorer({ state, page }: { state: ExplorerState; page: FactList }) {
  const pageLink = (cursor: string | null, label: string) =>
    cursor === null ? null : (
      <Link href={explorerHref({ ...state, cursor })} prefetch={false}>
        {label}
      </Link>
    );
  const previous = pageLink(page.previous_cursor, "Previous results");
  const next = pageLink(page.next_cursor, "More results");
  return (
    <ExplorerLive q={state.q} topic={state.topic} verdict={state.verdict} summary={summary(page)} form={<SearchForm state={state} />}>
      <ExplorerResults facts={page.data} start={page.offset + 1} />
      {(previous || next) && (
        <nav aria-label="Result pages" className="mt-4 flex gap-6">
          {previous}
          {next}
        </nav>
      )}
    </ExplorerLive>
  );
}
