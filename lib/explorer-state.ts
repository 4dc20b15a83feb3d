// The fact explorer's state lives in its URL (/facts?q=oil&topic=energy), so a
// filtered view is a permalink. Browser-safe: the client component uses it to
// read the URL and to build the API request, the server page to render it.
import { topics, verdicts, type Topic, type Verdict } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

export const explorerPageSize = 20;
export const explorerMaxQuery = 200;

export type ExplorerState = { q: string; topic: Topic | ""; verdict: Verdict | ""; cursor: string };


const isTopic = (value: string): value is Topic => (topics as readonly string[]).includes(value);
const isVerdict = (value: string): value is Verdict => (verdicts as readonly string[]).includes(value);

/** What a value of the URL could not be used for, in words for the reader. */
export type ExplorerNotice = { parameter: "topic" | "verdict" | "cursor"; value: string };

/**
 * The state in a URL's query. Lenient, unlike the API: a value the explorer
 * cannot use (an unknown topic) is dropped and reported, never an error page.
 */
export function readExplorerState(get: (name: string) => string | null | undefined): { state: ExplorerState; notices: ExplorerNotice[] } {
  const value = (name: string) => (get(name) ?? "").trim();
  const notices: ExplorerNotice[] = [];
  const topic = value("topic");
  const verdict = value("verdict");
  if (topic && !isTopic(topic)) notices.push({ parameter: "topic", value: topic });
  if (verdict && !isVerdict(verdict)) notices.push({ parameter: "verdict", value: verdict });
  const cursor = value("cursor");
  const cursorOk = /^[A-Za-z0-9_-]{1,200}$/.test(cursor);
  if (cursor && !cursorOk) notices.push({ parameter: "cursor", value: cursor });
  return {
    state: {
      q: value("q").replace(/\s+/g, " ").slice(0, explorerMaxQuery),
      topic: isTopic(topic) ? topic : "",
      verdict: isVerdict(verdict) ? verdict : "",
      cursor: cursorOk ? cursor : "",
    },
    notices,
  };
}

/** The query string of a state: empty values left out, in a fixed order. */
function explorerSearch(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const name of ["q", "topic", "verdict", "cursor"] as const) {
    if (state[name]) params.set(name, state[name]);
  }
  return params.toString();
}

export function explorerHref(state: ExplorerState): string {
  const search = explorerSearch(state);
  return routes.explorer(search);
}

/** The API request for a state; also the SWR key, so the server's first page is found under it. */
export function factsApiUrl(state: ExplorerState): string {
  const search = explorerSearch(state);
  return routes.api.facts(`${search ? `${search}&` : ""}limit=${explorerPageSize}`);
}

/** The first words of a quote, for a result line: "it supplies upwards of 25 percent…". */
export function quoteOpening(text: string, words = 12): string {
  const all = text.replace(/\s+/g, " ").trim().split(" ");
  return all.length <= words ? all.join(" ") : `${all.slice(0, words).join(" ")}…`;
}
