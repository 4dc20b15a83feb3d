import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, datasetJsonLd, serializeJsonLd } from "@/lib/json-ld";
import { siteOrigin } from "@/lib/site";
import { loadFixture } from "./open-data-fixture";

const dataset = loadFixture();
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;
const fact = (id: string) => dataset.facts.find((f) => f.id === id)!;
const origin = "https://example.org";

describe("datasetJsonLd", () => {
  const ld = datasetJsonLd({ meta: dataset.meta, primary: source("article"), origin });

  it("is a schema.org Dataset with its version, licence and the article it is based on", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: "Open-data fixture",
      version: "2.3.4",
      license: "https://creativecommons.org/licenses/by/4.0/",
      url: "https://example.org/about",
      isBasedOn: { url: "https://example.org/article", publisher: { name: "Test Gazette" } },
    });
  });

  it("offers each download as a DataDownload with an absolute URL and a media type", () => {
    expect(ld.distribution).toEqual([
      expect.objectContaining({ "@type": "DataDownload", contentUrl: "https://example.org/data/facts.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/sources.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/evidence.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/datapackage.json", encodingFormat: "application/json" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/facts.json", encodingFormat: "application/json" }),
    ]);
  });
});

describe("claimReviewJsonLd", () => {
  it("reviews a claim of the primary article with the verdict as its rating", () => {
    const ld = claimReviewJsonLd({ fact: fact("oil-share"), source: source("article"), meta: dataset.meta, origin });
    expect(ld).toMatchObject({
      "@type": "ClaimReview",
      url: "https://example.org/facts/oil-share",
      claimReviewed: "Country A supplies at least a quarter of Country B's fuel.",
      reviewRating: { "@type": "Rating", alternateName: "qualified", ratingExplanation: "The report gives the same share, but of oil imports only." },
      itemReviewed: {
        "@type": "Claim",
        author: [{ "@type": "Person", name: "Ann Writer" }, { "@type": "Person", name: "Bob Penn" }],
        appearance: { url: "https://example.org/article", headline: 'A test article about oil, trade and "visas"' },
      },
    });
  });

  it("credits the publication's authors for narration, even when a figure is about a person", () => {
    const narration = fact("oil-share");
    expect(narration.quote.attribution).toBe("narration");
    expect(narration.speaker).toBeUndefined();
    const ld = claimReviewJsonLd({ fact: { ...narration, speaker: { name: "Someone", role: "Named in the text" } }, source: source("article"), meta: dataset.meta, origin });
    expect(ld?.itemReviewed).toMatchObject({ author: [{ "@type": "Person", name: "Ann Writer" }, { "@type": "Person", name: "Bob Penn" }] });
  });

  it("credits a quoted speaker as the claim's author", () => {
    const ld = claimReviewJsonLd({ fact: fact("embassy-opened-1992"), source: source("article"), meta: dataset.meta, origin });
    expect(ld?.itemReviewed).toMatchObject({ author: { "@type": "Person", name: "The ambassador", jobTitle: "Ambassador of Country B" } });
    expect(ld?.reviewRating).toMatchObject({ alternateName: "unverified" });
  });

  it("is null for a fact quoted from any other source", () => {
    expect(claimReviewJsonLd({ fact: fact("relations-frozen"), source: source("report"), meta: dataset.meta, origin })).toBeNull();
    expect(claimReviewJsonLd({ fact: fact("visa-free-30-days"), source: source("ministry"), meta: dataset.meta, origin })).toBeNull();
  });
});

describe("serializeJsonLd", () => {
  it("cannot be closed early by a string in the data", () => {
    const text = serializeJsonLd({ "@context": "https://schema.org", "@type": "Thing", name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text).name).toBe("</script><script>alert(1)</script>");
  });
});

describe("siteOrigin", () => {
  it("takes an http(s) origin without a trailing slash, else leaves URLs relative", () => {
    expect(siteOrigin("https://example.org/")).toBe("https://example.org");
    expect(siteOrigin("https://example.org/kz-il/")).toBe("https://example.org/kz-il");
    expect(siteOrigin(undefined)).toBe("");
    expect(siteOrigin("ftp://example.org")).toBe("");
    expect(siteOrigin("not a url")).toBe("");
  });
});
