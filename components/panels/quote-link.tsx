import { quoteAnchor } from "@/lib/passages";
import type { Fact } from "@/lib/dataset/schema";

/**
 * The "source" link of a figure: straight to its highlighted quote. A plain
 * <a>, not next/link: client-side navigation does not update CSS :target,
 * which is what makes the passage stand out.
 */
export function QuoteLink({ fact, children = "source" }: { fact: Fact; children?: React.ReactNode }) {
  return (
    <a
      href={`/sources/${fact.quote.source}#${quoteAnchor(fact.id)}`}
      data-quote-link={fact.id}
      aria-label={`Source quote for: ${fact.statement}`}
    >
      {children}
    </a>
  );
}
