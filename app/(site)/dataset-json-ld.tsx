// Part of the pages (the home page and About both describe the dataset): it
// queries the data here, in app/, and hands the finished description to the component.
import { JsonLdScript } from "@/components/shared/json-ld";
import { getDataset, getSource } from "@/lib/dataset/queries";
import { datasetJsonLd } from "@/lib/embed/json-ld";
import { siteOrigin } from "@/lib/site";

/** schema.org Dataset, with a DataDownload for each file under /data/. */
export function DatasetJsonLd() {
  const { meta } = getDataset();
  return <JsonLdScript data={datasetJsonLd({ meta, primary: getSource(meta.primary_source), origin: siteOrigin() })} />;
}
