import { getDataset, getSource } from "@/lib/dataset/queries";
import { claimReviewJsonLd, datasetJsonLd, serializeJsonLd, type JsonLd } from "@/lib/json-ld";
import type { Fact } from "@/lib/dataset/schema";
import { siteOrigin } from "@/lib/site";

export function JsonLdScript({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

/** schema.org Dataset, with a DataDownload for each file under /data/. */
export function DatasetJsonLd() {
  const { meta } = getDataset();
  return <JsonLdScript data={datasetJsonLd({ meta, primary: getSource(meta.primary_source), origin: siteOrigin() })} />;
}

/** schema.org ClaimReview, on facts that review a claim of the primary article. */
export function FactJsonLd({ fact }: { fact: Fact }) {
  const source = getSource(fact.quote.source);
  const data = source ? claimReviewJsonLd({ fact, source, meta: getDataset().meta, origin: siteOrigin() }) : null;
  return data ? <JsonLdScript data={data} /> : null;
}
