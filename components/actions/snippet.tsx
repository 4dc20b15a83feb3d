import { CopyButton } from "@/components/actions/copy-button";

/** A block of text to copy: shown in full (so it works without JavaScript) with a copy button. */
export function Snippet({ label, text, id }: { label: string; text: string; id: string }) {
  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span id={`${id}-label`} className="text-sm font-semibold">
          {label}
        </span>
        <CopyButton target={id} label={`Copy ${label}`} />
      </div>
      {/* Focusable so it can be scrolled by keyboard; a named group, since a bare <pre> may not carry a name. */}
      <pre
        role="group"
        aria-labelledby={`${id}-label`}
        data-snippet={id}
        tabIndex={0}
        className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded border border-rule bg-bg p-2 font-mono text-xs"
      >
        {text}
      </pre>
    </div>
  );
}
