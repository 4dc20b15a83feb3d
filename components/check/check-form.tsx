"use client";
// The text box. Without JavaScript the form posts to the server action and the
// server renders the result. With it, results follow the text as it is typed
// or pasted, fetched from POST /api/v1/check with SWR (debounced, the previous
// result kept on screen while the next loads). The text never enters the
// address unless the reader asks for a link, and then only its fragment,
// which browsers do not send to the server.
import { useActionState, useEffect, useState, useSyncExternalStore } from "react";
import useSWR from "swr";
import type { CheckState } from "@/app/(site)/check/actions";
import { CheckResults } from "@/components/check/check-results";
import { matchedIds, summarise, toDisplay, type DisplaySentence, type FactSummary } from "@/lib/check/display";
import type { CheckResult } from "@/lib/check/api";
import { routes } from "@/lib/routes";

const debounceMs = 400;
const maxLength = 50_000;
const fragmentKey = "text=";

async function fetchCheck(text: string): Promise<DisplaySentence[]> {
  const response = await fetch(routes.api.check(), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text }) });
  const body = (await response.json()) as CheckResult & { message?: string };
  if (!response.ok) throw new Error(body.message ?? `The check failed (${response.status}).`);
  const facts = await Promise.all(
    matchedIds(body).map(async (id) => {
      const reply = await fetch(routes.api.fact(encodeURIComponent(id)));
      if (!reply.ok) return null;
      const { data } = (await reply.json()) as { data: Parameters<typeof summarise>[0] };
      return [id, summarise(data)] as const;
    }),
  );
  return toDisplay(body, new Map(facts.filter((f): f is readonly [string, FactSummary] => f !== null)));
}

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), debounceMs);
    return () => clearTimeout(timer);
  }, [value]);
  return debounced;
}

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};
/** The text a link made by "Make a link" carries in its fragment, or "". */
function fragmentText(): string {
  const hash = window.location.hash.slice(1);
  if (!hash.startsWith(fragmentKey)) return "";
  try {
    return decodeURIComponent(hash.slice(fragmentKey.length));
  } catch {
    return "";
  }
}
const noSubscription = () => () => undefined;

export function CheckForm({ action }: { action: (previous: CheckState, form: FormData) => Promise<CheckState> }) {
  // The permalink makes the form post to /check before (or without) JavaScript; never the text's own address.
  const [state, formAction, posting] = useActionState<CheckState, FormData>(action, { text: "", sentences: null, error: null }, routes.check());
  const [edited, setEdited] = useState<string | null>(null);
  // False in the server's HTML and before hydration: the form then works by posting.
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  const fromLink = useSyncExternalStore(subscribeToHash, fragmentText, () => "");
  const text = edited ?? (fromLink || state.text);
  const [link, setLink] = useState<string | null>(null);
  const debounced = useDebounced(text);
  const key = live && debounced.trim() ? debounced : null;
  const { data, error, isValidating } = useSWR(key, fetchCheck, { keepPreviousData: true, revalidateOnFocus: false, shouldRetryOnError: false });
  const sentences = live ? (key ? (data ?? null) : null) : state.sentences;
  const problem = live ? (key && error instanceof Error ? error.message : null) : state.error;

  function makeLink() {
    const url = `${window.location.origin}${window.location.pathname}#${fragmentKey}${encodeURIComponent(text)}`;
    window.history.replaceState(null, "", url);
    setLink(url);
    void navigator.clipboard?.writeText(url).catch(() => undefined);
  }

  return (
    <>
      <form action={formAction} onSubmit={(event) => live && event.preventDefault()} className="mt-4">
        <label htmlFor="check-text" className="block font-semibold">
          Text to check <span className="font-normal text-muted">(English or Russian, up to 50,000 characters)</span>
        </label>
        <textarea
          id="check-text"
          name="text"
          required
          maxLength={maxLength}
          rows={10}
          value={text}
          onChange={(event) => {
            setEdited(event.target.value);
            setLink(null);
          }}
          className="mt-2 w-full rounded border border-rule bg-surface p-2 font-[inherit]"
        />
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded border border-rule px-3 py-1 font-semibold" disabled={posting}>
            Check the text
          </button>
          {live && text.trim() && (
            <button type="button" className="rounded border border-rule px-3 py-1" onClick={makeLink}>
              Make a link to this check
            </button>
          )}
          <span role="status" aria-live="polite" className="text-sm text-muted">
            {posting || (live && isValidating) ? "Checking…" : ""}
          </span>
        </div>
        {link && (
          <p className="mt-2 text-sm">
            Link copied: the text is in the part after “#”, which your browser keeps to itself, so our server never receives it.{" "}
            <a href={link}>Open the link</a>
          </p>
        )}
      </form>
      {problem && (
        <p role="alert" className="mt-4 font-semibold">
          {problem}
        </p>
      )}
      {sentences && <CheckResults sentences={sentences} />}
    </>
  );
}
