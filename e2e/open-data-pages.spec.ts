// The pages around the open data: /about, /api-docs, the explorer's
// accessibility, the navigation, and the JSON-LD search engines read.
import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { dataset } from "./dataset";

async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

for (const route of ["/facts", "/facts?q=oil&topic=energy", "/about", "/api-docs"]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${route} has no WCAG 2.2 A/AA violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route);
      await expectNoA11yViolations(page);
    });
  }

  test(`${route} does not overflow at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(route);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
}

test("the site navigation leads to the explorer, the data and the API docs", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Site" });
  await nav.getByRole("link", { name: "Explore facts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Explore facts");
  await nav.getByRole("link", { name: "About the data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About the data");
  await nav.getByRole("link", { name: "API docs" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API docs");
});

test("/about states the licence and links every download, each of which is served", async ({ page, request }) => {
  await page.goto("/about");
  await expect(page.getByRole("link", { name: /Creative Commons Attribution 4\.0/ })).toHaveAttribute("href", "https://creativecommons.org/licenses/by/4.0/");
  await expect(page.locator("main")).toContainText("Quotes remain their publishers’");
  const hrefs = await page.locator("[data-download] > a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.sort()).toEqual(["/data/datapackage.json", "/data/evidence.csv", "/data/facts.csv", "/data/facts.json", "/data/series.csv", "/data/sources.csv", "/data/table-rows.csv"]);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test("/api-docs documents every endpoint of the OpenAPI document", async ({ page, request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  await page.goto("/api-docs");
  for (const [path, item] of Object.entries<Record<string, unknown>>(document.paths)) {
    const method = "get" in item ? "GET" : "POST";
    await expect(page.getByRole("heading", { name: `${method} /api/v1${path}`, exact: true })).toBeVisible();
  }
  await expect(page.locator('[data-endpoint="/api/v1/facts"]')).toContainText("an integer from 1 to 100");
});

for (const route of ["/", "/about"]) {
  test(`${route} describes the dataset as a schema.org Dataset whose downloads all exist`, async ({ page, request }) => {
    await page.goto(route);
    const datasets = (await jsonLd(page)).filter((ld) => ld["@type"] === "Dataset");
    expect(datasets).toHaveLength(1);
    const ld = datasets[0]!;
    expect(ld.version).toBe(dataset.meta.version);
    expect(ld.license).toBe("https://creativecommons.org/licenses/by/4.0/");
    const distribution = ld.distribution as Array<{ contentUrl: string; encodingFormat: string }>;
    expect(distribution.length).toBe(7);
    for (const d of distribution) {
      const response = await request.get(new URL(d.contentUrl, page.url()).toString());
      expect(response.status(), d.contentUrl).toBe(200);
      expect(response.headers()["content-type"], d.contentUrl).toContain(d.encodingFormat);
    }
  });
}

test("a fact page reviewing the primary article's claim carries a ClaimReview with its verdict", async ({ page }) => {
  const fact = dataset.facts.find((f) => f.quote.source === dataset.meta.primary_source && f.verdict.rating === "qualified")!;
  const source = dataset.sources.find((s) => s.id === fact.quote.source)!;
  await page.goto(`/facts/${fact.id}`);
  const reviews = (await jsonLd(page)).filter((ld) => ld["@type"] === "ClaimReview");
  expect(reviews).toHaveLength(1);
  expect(reviews[0]).toMatchObject({
    claimReviewed: fact.statement,
    reviewRating: { alternateName: "qualified" },
    itemReviewed: { "@type": "Claim", appearance: { url: source.url } },
  });
});

test("a fact quoted from another source carries no ClaimReview", async ({ page }) => {
  const fact = dataset.facts.find((f) => f.quote.source !== dataset.meta.primary_source)!;
  await page.goto(`/facts/${fact.id}`);
  expect((await jsonLd(page)).filter((ld) => ld["@type"] === "ClaimReview")).toEqual([]);
});
