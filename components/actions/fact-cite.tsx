import { ActionSection } from "@/components/actions/action-section";
import { CiteBlock } from "@/components/actions/cite-block";
import { factPageRecord, sourceRecord, type CiteContext } from "@/lib/citation/records";
import type { Fact, Source } from "@/lib/dataset/schema";

/** A fact is cited two ways: the original source of its quote, and its page here. */
export function FactCite({ fact, source, cite }: { fact: Fact; source: Source; cite: CiteContext }) {
  return (
    <ActionSection id="cite" title="Cite">
      <p className="max-w-prose text-sm">
        Cite the original source for the quote itself, and this page for the verdict and the evidence. The access date
        is the day this page was built; the downloaded files carry the day you download them.
      </p>
      <CiteBlock citable={{ key: "source", heading: `The original source: ${source.publisher}`, record: sourceRecord(source), download: { kind: "sources", id: source.id } }} />
      <CiteBlock citable={{ key: "fact", heading: "This page, with its verdict", record: factPageRecord(fact, cite), download: { kind: "facts", id: fact.id } }} />
    </ActionSection>
  );
}
