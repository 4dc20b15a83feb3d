// schema.org JSON-LD for search engines and dataset catalogues: a Dataset
// with one DataDownload per file, and a ClaimReview for each fact that
// reviews a claim of the primary article.
import { licence } from "@/lib/licence";
import { displayTitle, publishedTitle } from "@/lib/display/source-title";
import { downloadFiles, downloads } from "@/lib/open-data/downloads";
import type { DatasetMeta, Fact, Source } from "@/lib/dataset/schema";
import { absolute, routes } from "@/lib/routes";

export type JsonLd = { "@context": "https://schema.org"; "@type": string } & Record<string, unknown>;

const organization = (name: string) => ({ "@type": "Organization", name });

function appearance(source: Source) {
  return {
    "@type": "CreativeWork",
    ...(publishedTitle(source) ? { headline: publishedTitle(source) } : { name: displayTitle(source) }),
    url: source.url,
    publisher: organization(source.publisher),
    ...(source.published.kind === "exact" ? { datePublished: source.published.date } : {}),
  };
}

export function datasetJsonLd({ meta, primary, origin }: { meta: DatasetMeta; primary?: Source; origin: string }): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: meta.title,
    description:
      "Claims about Kazakhstan–Israel relations (trade, energy, investment, finance, diplomacy, security, politics, travel), each tied to the verbatim quote it comes from, with a verdict (confirmed, qualified, contradicted or unverified) and, where found, the evidence of other sources.",
    url: absolute(routes.about(), origin),
    version: meta.version,
    datePublished: meta.published,
    license: licence.url,
    isAccessibleForFree: true,
    creator: organization(meta.title),
    keywords: ["Kazakhstan", "Israel", "bilateral relations", "fact-checking", "trade", "energy"],
    spatialCoverage: ["Kazakhstan", "Israel"],
    ...(primary ? { isBasedOn: appearance(primary) } : {}),
    distribution: downloadFiles.map((file) => ({
      "@type": "DataDownload",
      name: downloads[file].title,
      description: downloads[file].description,
      encodingFormat: downloads[file].mediaType,
      contentUrl: absolute(routes.download(file), origin),
    })),
  };
}

/** Who made the claim: the speaker of direct or reported speech; for narration the article's authors, else its publisher. */
function claimAuthor(fact: Fact, source: Source) {
  if (fact.speaker && fact.quote.attribution !== "narration") return { "@type": "Person", name: fact.speaker.name, jobTitle: fact.speaker.role };
  if (source.authors.length === 1) return { "@type": "Person", name: source.authors[0] };
  if (source.authors.length > 1) return source.authors.map((name) => ({ "@type": "Person", name }));
  return organization(source.publisher);
}

/** A ClaimReview when the fact reviews a claim of the primary article, else null. */
export function claimReviewJsonLd({ fact, source, meta, origin }: { fact: Fact; source: Source; meta: DatasetMeta; origin: string }): JsonLd | null {
  if (fact.quote.source !== meta.primary_source || source.id !== fact.quote.source) return null;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: absolute(routes.fact(fact.id), origin),
    claimReviewed: fact.statement,
    datePublished: meta.published,
    author: { ...organization(meta.title), url: absolute(routes.about(), origin) },
    reviewRating: { "@type": "Rating", alternateName: fact.verdict.rating, ratingExplanation: fact.verdict.summary },
    itemReviewed: {
      "@type": "Claim",
      author: claimAuthor(fact, source),
      appearance: appearance(source),
      firstAppearance: appearance(source),
      ...(source.published.kind === "exact" ? { datePublished: source.published.date } : {}),
    },
  };
}

/** JSON for a <script> element: "<" escaped, so no string in the data can close the tag. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
