"use client";
import { useState } from "react";

/** Copies `text` to the clipboard and says so, politely, to screen readers too. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded border border-rule bg-surface px-2 py-1 text-sm font-medium hover:border-accent"
        aria-label={label}
      >
        Copy
      </button>
      <span role="status" className="text-sm text-muted">
        {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text instead" : ""}
      </span>
    </span>
  );
}
