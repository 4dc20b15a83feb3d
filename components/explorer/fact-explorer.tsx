"use client";
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import useSWR, { SWRConfig } from "swr";
import { ExplorerResults } from "@/components/explorer/explorer-results";
import type { FactList } from "@/lib/api/envelopes";
import { explorerHref, explorerMaxQuery, factsApiUrl, readExplorerState, type ExplorerState } from "@/lib/explorer-state";
import { topicLabels, topics, verdictLabels, verdicts } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

const debounceMs = 300;

async function fetchFacts(url: string): Promise<FactList> {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === "object" && "message" in body ? String(body.message) : "";
    throw new Error(message || `The server answered ${response.status}.`);
  }
  return body as FactList;
}

/** Moves to another state: a new history entry, so Back returns to this one. */
function go(state: ExplorerState) {
  window.history.pushState(null, "", explorerHref(state));
}

/**
 * The explorer: a plain GET form and the first page come from the server;
 * with JavaScript, results follow the typing (debounced) through the API.
 */
export function FactExplorer({ initialKey, initialData }: { initialKey: string; initialData: FactList }) {
  return (
    <SWRConfig value={{ fallback: { [initialKey]: initialData } }}>
      <Explorer />
    </SWRConfig>
  );
}

function Explorer() {
  const searchParams = useSearchParams();
  const { state } = readExplorerState((name) => searchParams.get(name));
  const [text, setText] = useState(state.q);
  const [shownQ, setShownQ] = useState(state.q);
  // The URL's query changed without our typing (Back, Forward, a link): show it.
  if (state.q !== shownQ) {
    setShownQ(state.q);
    if (text.trim() !== state.q) setText(state.q);
  }

  useEffect(() => {
    const q = text.trim();
    if (q === state.q) return;
    const timer = setTimeout(() => go({ q, topic: state.topic, verdict: state.verdict, cursor: "" }), debounceMs);
    return () => clearTimeout(timer);
  }, [text, state.q, state.topic, state.verdict]);

  const { data, error, isValidating, mutate } = useSWR<FactList>(factsApiUrl(state), fetchFacts, {
    keepPreviousData: true,
    // The first page came with the HTML; fetch only for other searches (and
    // again for this one when Back returns to it, as fallback data is not cache).
    revalidateOnMount: false,
    revalidateOnFocus: false,
    shouldRetryOnError: false,
  });
  const pending = text.trim() !== state.q || isValidating;

  const page = (cursor: string | null) =>
    cursor === null ? null : { href: explorerHref({ ...state, cursor }), onClick: (event: React.MouseEvent) => (event.preventDefault(), go({ ...state, cursor })) };
  const previous = page(data?.previous_cursor ?? null);
  const next = page(data?.next_cursor ?? null);

  return (
    <>
      <form
        role="search"
        aria-label="Facts"
        action={routes.explorer()}
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...state, q: text.trim(), cursor: "" });
        }}
      >
        <label className="flex min-w-60 grow flex-col text-sm font-medium">
          Words in the statement or quote
          <input
            type="search"
            name="q"
            value={text}
            maxLength={explorerMaxQuery}
            onChange={(event) => setText(event.target.value)}
            className="mt-1 rounded border border-rule bg-surface px-2 py-1 text-base font-normal"
          />
        </label>
        <label className="flex flex-col text-sm font-medium">
          Topic
          <select
            name="topic"
            value={state.topic}
            onChange={(event) => go({ ...state, q: text.trim(), topic: event.target.value as ExplorerState["topic"], cursor: "" })}
            className="mt-1 rounded border border-rule bg-surface px-2 py-1 text-base font-normal"
          >
            <option value="">All topics</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topicLabels[topic]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm font-medium">
          Verdict
          <select
            name="verdict"
            value={state.verdict}
            onChange={(event) => go({ ...state, q: text.trim(), verdict: event.target.value as ExplorerState["verdict"], cursor: "" })}
            className="mt-1 rounded border border-rule bg-surface px-2 py-1 text-base font-normal"
          >
            <option value="">All verdicts</option>
            {verdicts.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdictLabels[verdict]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-accent px-3 py-1 font-medium text-accent">
          Search
        </button>
      </form>

      <div className="mt-4" aria-live="polite" role="status" data-testid="explorer-status">
        {pending ? "Searching…" : data ? summary(data) : ""}
      </div>
      {error && (
        <div role="alert" className="mt-2 rounded border border-rule p-3">
          Could not load the results: {error instanceof Error ? error.message : String(error)}{" "}
          <button type="button" onClick={() => mutate()} className="underline">
            Retry
          </button>
        </div>
      )}
      {data && (
        <div aria-busy={pending} className={pending ? "opacity-60" : undefined}>
          <ExplorerResults facts={data.data} start={data.offset + 1} />
        </div>
      )}
      {(previous || next) && (
        <nav aria-label="Result pages" className="mt-4 flex gap-6">
          {previous && <a {...previous}>Previous results</a>}
          {next && <a {...next}>More results</a>}
        </nav>
      )}
    </>
  );
}

function summary(data: FactList): string {
  if (data.total === 0) return "No fact matches.";
  const last = data.offset + data.data.length;
  const range = data.offset > 0 || last < data.total ? `${data.offset + 1}–${last} of ` : "";
  return `Showing ${range}${data.total} ${data.total === 1 ? "fact" : "facts"}.`;
}
