import type { Fact } from "@/lib/dataset/schema";
import { routes } from "@/lib/routes";

/**
 * The "source" link of a figure: straight to its highlighted quote. A plain
 * <a>, not next/link: client-side navigation does not update CSS :target,
 * which is what makes the passage stand out.
 */
export function QuoteLink({ fact, children = "source" }: { fact: Fact; children?: React.ReactNode }) {
  return (
    <a
      href={routes.quoteInSource(fact)}
      data-quote-link={fact.id}
      // Standing alone under a figure, it is a target of its own: 24 px tall at least (WCAG 2.5.8).
      className="inline-block min-h-6 py-0.5"
      aria-label={`Source quote for: ${fact.statement}`}
    >
      {children}
    </a>
  );
}
