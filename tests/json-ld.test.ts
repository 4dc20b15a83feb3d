import { beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { claimReviewJsonLd, datasetJsonLd, serializeJsonLd } from "@/lib/embed/json-ld";
import { siteOrigin } from "@/lib/site";
import { loadFixture } from "./open-data-fixture";

// Loaded before each test, not at module level: mutation testing only credits code run inside a test.
let dataset: Dataset;
beforeEach(() => {
  dataset = loadFixture();
});
const source = (id: string) => dataset.sources.find((s) => s.id === id)!;
const fact = (id: string) => dataset.facts.find((f) => f.id === id)!;
const origin = "https://example.org";

describe("datasetJsonLd", () => {
  const build = () => datasetJsonLd({ meta: dataset.meta, primary: source("article"), origin });

  it("is a schema.org Dataset with its version, licence and the article it is based on", () => {
    const ld = build();
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

  it("states its release date, its free licence, its maker and the two countries it covers (from dataset.yaml)", () => {
    const ld = build();
    expect(ld).toMatchObject({ datePublished: "2021-02-03", isAccessibleForFree: true, creator: { "@type": "Organization", name: "Open-data fixture" } });
    expect(ld.spatialCoverage).toEqual(["Kazakhstan", "Israel"]);
    expect(ld.keywords).toEqual(expect.arrayContaining(["Kazakhstan", "Israel"]));
    for (const keyword of ld.keywords as string[]) expect(keyword.trim()).not.toBe("");
    expect(String(ld.description)).toMatch(/Kazakhstan–Israel/);
  });

  it("names the article it is based on by its headline, without a publication date it does not know exactly", () => {
    const basedOn = build().isBasedOn as Record<string, unknown>;
    expect(basedOn["@type"]).toBe("CreativeWork");
    expect(basedOn).not.toHaveProperty("datePublished");
    expect(basedOn).not.toHaveProperty("name");
  });

  it("leaves out isBasedOn when there is no primary source", () => {
    expect(datasetJsonLd({ meta: dataset.meta, origin })).not.toHaveProperty("isBasedOn");
  });

  it("gives each download the title and description the downloads list shows", () => {
    const first = (build().distribution as Array<Record<string, unknown>>)[0];
    expect(first).toMatchObject({ name: "Facts (CSV)", description: "One row per fact: statement, quote, figure or event, verdict." });
  });

  it("offers each download as a DataDownload with an absolute URL and a media type", () => {
    const ld = build();
    expect(ld.distribution).toEqual([
      expect.objectContaining({ "@type": "DataDownload", contentUrl: "https://example.org/data/facts.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/sources.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/evidence.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/series.csv", encodingFormat: "text/csv" }),
      expect.objectContaining({ contentUrl: "https://example.org/data/table-rows.csv", encodingFormat: "text/csv" }),
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

  it("dates the review by the dataset's release, credits the dataset with a link, and dates the claim when its source is dated exactly", () => {
    const ld = claimReviewJsonLd({ fact: fact("oil-share"), source: source("article"), meta: dataset.meta, origin });
    expect(ld).toMatchObject({ "@context": "https://schema.org", datePublished: "2021-02-03", author: { "@type": "Organization", name: "Open-data fixture", url: "https://example.org/about" } });
    expect(ld?.itemReviewed).not.toHaveProperty("datePublished");
    expect((ld?.itemReviewed as Record<string, unknown>).firstAppearance).toEqual((ld?.itemReviewed as Record<string, unknown>).appearance);
    // The report as if it were the primary article: published in May 2019, titled by our description.
    const report = source("report");
    const asPrimary = { ...dataset.meta, primary_source: "report" };
    const reportFact = fact("relations-frozen");
    const dated = claimReviewJsonLd({ fact: reportFact, source: report, meta: asPrimary, origin });
    expect(dated?.itemReviewed).toMatchObject({
      datePublished: "2019-05",
      appearance: { "@type": "CreativeWork", name: "[Official report on trade and energy]", datePublished: "2019-05", publisher: { "@type": "Organization", name: "Ministry of Tests" } },
    });
    expect((dated?.itemReviewed as { appearance: object }).appearance).not.toHaveProperty("headline");
  });

  it("credits a single author as one person, and a source with no author by its publisher", () => {
    const narration = fact("oil-share");
    const oneAuthor = { ...source("article"), authors: ["Ann Writer"] };
    expect(claimReviewJsonLd({ fact: narration, source: oneAuthor, meta: dataset.meta, origin })?.itemReviewed).toMatchObject({
      author: { "@type": "Person", name: "Ann Writer" },
    });
    const noAuthor = { ...source("article"), authors: [] };
    expect(claimReviewJsonLd({ fact: narration, source: noAuthor, meta: dataset.meta, origin })?.itemReviewed).toMatchObject({
      author: { "@type": "Organization", name: "Test Gazette" },
    });
  });

  it("is null when the source given is not the one the fact quotes", () => {
    expect(claimReviewJsonLd({ fact: fact("oil-share"), source: source("report"), meta: { ...dataset.meta, primary_source: "report" }, origin })).toBeNull();
    // The fact quotes the primary article, but the source handed over is another one.
    expect(fact("oil-share").quote.source).toBe(dataset.meta.primary_source);
    expect(claimReviewJsonLd({ fact: fact("oil-share"), source: source("report"), meta: dataset.meta, origin })).toBeNull();
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

  it("accepts plain http (a site on a local network) and drops every trailing slash", () => {
    expect(siteOrigin("http://intranet.example:8080/")).toBe("http://intranet.example:8080");
    expect(siteOrigin("https://example.org/kz-il//")).toBe("https://example.org/kz-il");
    expect(siteOrigin("mailto:team@example.org")).toBe("");
  });
});
