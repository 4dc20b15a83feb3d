import { routes } from "@/lib/routes";

/**
 * Copies the snippet whose `data-snippet` is `target` and says so, politely,
 * to screen readers too. Worked by public/copy.js, which also shows it: without
 * JavaScript it stays hidden, and the snippet is there to select.
 */
export function CopyButton({ target, label }: { target: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-2" data-copy-control hidden>
      <button type="button" data-copy={target} className="rounded border border-rule bg-surface px-2 py-1 text-sm font-medium hover:border-accent" aria-label={label}>
        Copy
      </button>
      <span role="status" className="text-sm text-muted" />
      {/* React writes one tag for the page however many buttons ask for it. */}
      <script src={routes.copyScript()} async />
    </span>
  );
}
