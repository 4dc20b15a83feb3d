import { asOfDateTime, formatAsOf } from "@/lib/figure-date";
import type { AsOf } from "@/lib/dataset/schema";

/** "as of June 2019" with a machine-readable date; otherwise the estimate or bound in words, never a made-up month. */
export function AsOfText({ asOf }: { asOf: AsOf }) {
  const dateTime = asOfDateTime(asOf);
  if (dateTime) {
    return (
      <span data-as-of="exact">
        as of <time dateTime={dateTime}>{formatAsOf(asOf)}</time>
      </span>
    );
  }
  return (
    <span data-as-of={asOf.kind} title={"basis" in asOf ? asOf.basis : undefined}>
      {formatAsOf(asOf)}
    </span>
  );
}
