import type { Metadata } from "next";
import { CiteBlock } from "@/components/actions/cite-block";
import { DownloadList } from "@/components/open-data/download-list";
import { DatasetJsonLd } from "@/app/(site)/dataset-json-ld";
import { citable } from "@/lib/citation/citable";
import { datasetRecord } from "@/lib/citation/records";
import { getDataset } from "@/lib/dataset/queries";
import { curationScope, licence, quotesStatement } from "@/lib/licence";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import { aboutIntro } from "@/lib/display/prose";
import { siteUrl } from "@/lib/site";
import { routes } from "@/lib/routes";
import { today } from "@/lib/today";

export const metadata: Metadata = {
  title: "About the data",
  description: "What the dataset holds, its licence (CC BY 4.0), how to cite it, and where to download it as CSV, JSON or a Frictionless data package.",
};

export default function AboutPage() {
  const { meta, facts, sources } = getDataset();
  return (
    <>
      <DatasetJsonLd />
      <h1 className="text-3xl font-bold">About the data</h1>
      <p className="mt-3 max-w-prose">
        {meta.title}, version {meta.version} (published {formatPartialDate(meta.published)}): {aboutIntro({ meta, facts, sources })}
      </p>

      <h2 id="licence" className="mt-8 text-2xl font-bold">Licence</h2>
      <p className="mt-2 max-w-prose">
        {curationScope} is licensed under the{" "}
        <a href={licence.url} rel="license noopener noreferrer">
          {licence.title} licence ({licence.name})
        </a>
        : reuse it freely, citing this dataset.
      </p>
      <p className="mt-2 max-w-prose">{quotesStatement}</p>
      <div className="mt-8">
        <CiteBlock citable={citable("dataset", "How to cite the dataset", datasetRecord({ meta, siteUrl: siteUrl(), accessed: today() }), "dataset")} />
        <p className="mt-2 max-w-prose text-sm text-muted">
          The access date above is the day this page was built; the downloaded files carry the day you download them. To
          cite one fact or panel, use the Cite section on its page.
        </p>
      </div>

      <h2 id="downloads" className="mt-8 text-2xl font-bold">Downloads</h2>
      <p className="mt-2 max-w-prose">
        UTF-8, RFC 4180 CSV with a header row; empty cells mean no value. Columns keep their order from one version to
        the next. The data package describes the three CSV files (types, keys, licence) for Frictionless tools.
      </p>
      <DownloadList />

      <h2 id="api" className="mt-8 text-2xl font-bold">API</h2>
      <p className="mt-2 max-w-prose">
        The same data as JSON, filtered, searched and paginated: see the <a href={routes.apiDocs()}>API docs</a> or the{" "}
        <a href={routes.api.openapi()}>OpenAPI document</a>. To find a fact by hand, use the{" "}
        <a href={routes.explorer()}>fact explorer</a>.
      </p>
    </>
  );
}
