"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

const debounceMs = 300;

/** The form's values as the explorer's address: empty values left out, no cursor (a new search starts at page one). */
function addressOf(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim().replace(/\s+/g, " ");
    if (text) params.set(name, text);
  }
  const search = params.toString();
  return `${form.getAttribute("action") ?? ""}${search ? `?${search}` : ""}`;
}

/**
 * Search as you type, on top of the server-rendered explorer: it only moves the
 * address (debounced while typing, at once for a filter or Enter); the server
 * renders the results. `form` and `children` come from the server as they are.
 */
export function ExplorerLive({
  q,
  topic,
  verdict,
  summary,
  form,
  children,
}: {
  q: string;
  topic: string;
  verdict: string;
  summary: string;
  form: React.ReactNode;
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [navigating, startTransition] = useTransition();
  // Text typed but not yet searched for; dropped whenever the address's query changes.
  const [typed, setTyped] = useState<string | null>(null);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setTyped(null);
  }
  const pushedQ = useRef(q);
  // The address of the history entry a typed search made, while typing goes on: the next typed
  // search replaces that entry, so Back leaves the search rather than stepping through "o", "oi".
  const typedEntry = useRef<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The address changed without our typing (Back, Forward, a link): the form shows its values.
  useEffect(() => {
    const fields = box.current?.querySelector("form")?.elements;
    if (!fields) return;
    const show = (name: string, value: string) => {
      const field = fields.namedItem(name);
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement) && field.value.trim() !== value) field.value = value;
    };
    if (typedEntry.current !== `${window.location.pathname}${window.location.search}`) typedEntry.current = null;
    if (q !== pushedQ.current) {
      pushedQ.current = q;
      show("q", q);
    }
    show("topic", topic);
    show("verdict", verdict);
  }, [q, topic, verdict]);

  useEffect(() => () => clearTimeout(timer.current), []);

  function search(form: HTMLFormElement, typing = false) {
    clearTimeout(timer.current);
    const address = addressOf(form);
    if (address === `${window.location.pathname}${window.location.search}`) return;
    pushedQ.current = new URL(address, window.location.href).searchParams.get("q") ?? "";
    const refine = typing && typedEntry.current !== null;
    typedEntry.current = typing ? address : null;
    startTransition(() => (refine ? router.replace(address, { scroll: false }) : router.push(address, { scroll: false })));
  }

  const pending = navigating || (typed !== null && typed !== q);
  return (
    <>
      <div
        ref={box}
        onInput={(event) => {
          const field = event.target;
          if (!(field instanceof HTMLInputElement) || field.name !== "q" || !field.form) return;
          const form = field.form;
          setTyped(field.value.trim().replace(/\s+/g, " "));
          clearTimeout(timer.current);
          timer.current = setTimeout(() => search(form, true), debounceMs);
        }}
        onChange={(event) => {
          if (event.target instanceof HTMLSelectElement && event.target.form) search(event.target.form);
        }}
        onSubmit={(event) => {
          event.preventDefault();
          search(event.target as HTMLFormElement);
        }}
      >
        {form}
      </div>
      <div className="mt-4" aria-live="polite" role="status" data-testid="explorer-status">
        {pending ? "Searching…" : summary}
      </div>
      <div aria-busy={pending} className={pending ? "opacity-60" : undefined}>
        {children}
      </div>
    </>
  );
}
