import { ActionSection } from "@/components/actions/action-section";
import { CiteBlock } from "@/components/actions/cite-block";
import type { Citable } from "@/lib/citation/citable";

/** A fact is cited two ways: the original source of its quote, and its page here (the page prepares both). */
export function FactCite({ citables }: { citables: { source: Citable; fact: Citable } }) {
  return (
    <ActionSection id="cite" title="Cite">
      <p className="max-w-prose text-sm">
        Cite the original source for the quote itself, and this page for the verdict and the evidence. The access date
        is the day this page was built; the downloaded files carry the day you download them.
      </p>
      <CiteBlock citable={citables.source} />
      <CiteBlock citable={citables.fact} />
    </ActionSection>
  );
}
