import type { AsOfLabel } from "@/lib/display/figure-label";

/** "as of June 2019" with a machine-readable date; otherwise the estimate or bound in words, never a made-up month. */
export function AsOfText({ label }: { label: AsOfLabel }) {
  if (label.dateTime) {
    return (
      <span data-as-of="exact">
        {label.prefix}
        <time dateTime={label.dateTime}>{label.text}</time>
      </span>
    );
  }
  return (
    <span data-as-of={label.kind} title={label.basis}>
      {label.text}
    </span>
  );
}
