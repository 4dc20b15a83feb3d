import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";
import { displayFigure } from "@/lib/display/format";

const chartPanels = dataset.panels.filter((p) => ["bar", "share", "series", "recorded", "timeline"].includes(p.view));

test("every fact in data/ is on the home page or one click away, with its verdict", async ({ page }) => {
  await page.goto("/");
  const found = new Map<string, string>();
  const collect = async () => {
    for (const item of await page.locator("[data-fact-id]").all()) {
      const id = (await item.getAttribute("data-fact-id"))!;
      const verdict = await item.locator("[data-verdict]").first().getAttribute("data-verdict").catch(() => null);
      if (verdict) found.set(id, verdict);
    }
  };
  await collect();
  // Long lists are summarised on the home page; the rest is on the panel page they link to.
  const more = await page.getByRole("link", { name: /^See all \d+ facts$/ }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  for (const href of more) {
    await page.goto(href);
    await collect();
  }
  for (const fact of dataset.facts) expect(found.get(fact.id), fact.id).toBe(fact.verdict.rating);
});

test("every panel in data/ is on the home page with its title and a sources footer, or one click away", async ({ page }) => {
  // The then-and-now panel is too long for a summary: the home page links to its own page.
  const ownPage = dataset.panels.filter((panel) => panel.view === "then-now");
  const expectPanel = async (panel: (typeof dataset.panels)[number]) => {
    const section = page.locator(`section[data-panel-id="${panel.id}"]`);
    await expect(section.getByRole("heading", { name: panel.title, exact: true })).toBeVisible();
    await expect(section.locator("footer")).toContainText("Sources:");
  };
  await page.goto("/");
  for (const panel of dataset.panels.filter((p) => !ownPage.includes(p))) await expectPanel(panel);
  for (const panel of ownPage) {
    await page.goto("/");
    await page.getByRole("link", { name: panel.title, exact: true }).click();
    await expect(page).toHaveURL(`/panels/${panel.id}`);
    await expectPanel(panel);
  }
});

test("headline cards show each figure with its qualifier and as-of date", async ({ page }) => {
  await page.goto("/");
  const headline = dataset.panels.find((p) => p.view === "headline");
  expect(headline).toBeDefined();
  for (const id of headline!.facts) {
    const fact = dataset.facts.find((f) => f.id === id)!;
    const card = page.locator(`[data-panel-id="${headline!.id}"] [data-fact-id="${id}"]`);
    await expect(card.locator("[data-verdict]")).toHaveAttribute("data-verdict", fact.verdict.rating);
    if (fact.figure) {
      await expect(card).toContainText(fact.figure.value.toLocaleString("en-GB"));
      if (fact.figure.qualifier === "at-least") await expect(card).toContainText("at least");
      if (fact.figure.qualifier === "over") await expect(card).toContainText("over");
      if (fact.figure.as_of.kind === "exact") await expect(card.locator("time")).toHaveAttribute("datetime", fact.figure.as_of.date);
      else await expect(card).toContainText(displayFigure(fact.figure).asOf);
    }
  }
});

test("every source link on the home page lands on its highlighted passage", async ({ page }) => {
  await page.goto("/");
  const hrefs = await page.locator("[data-quote-link]").evaluateAll((links) => [
    ...new Set(links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? "")),
  ]);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const factId = href.split("#quote-")[1]!;
    const fact = dataset.facts.find((f) => f.id === factId)!;
    await page.goto(href);
    const target = page.locator("mark.passage:target, mark.passage:has(:target)");
    await expect(target, href).toHaveCount(1);
    await expect(target).toBeInViewport();
    const words = fact.quote.text.replace(/\s+/g, " ").split(" ").slice(0, 4).join(" ");
    await expect(target).toContainText(words);
    // The reached passage stands out from the other highlights.
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const others = page.locator("mark.passage:not(:target):not(:has(:target))");
    if ((await others.count()) > 0) {
      expect(background).not.toBe(await others.first().evaluate((el) => getComputedStyle(el).backgroundColor));
    }
  }
});

test("clicking a headline source link scrolls to the passage", async ({ page }) => {
  await page.goto("/");
  await page.locator("[data-quote-link]").first().click();
  await expect(page).toHaveURL(/\/sources\/.+#quote-/);
  await expect(page.locator("mark.passage:target, mark.passage:has(:target)")).toBeInViewport();
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every chart is an SVG in the page and every figure is shown", async ({ page }) => {
    await page.goto("/");
    for (const panel of chartPanels) {
      const svg = page.locator(`[data-panel-id="${panel.id}"] [data-chart] [data-layout='narrow'] svg`);
      await expect(svg, panel.id).toHaveCount(1);
      expect(await svg.locator("path, rect, circle").count(), panel.id).toBeGreaterThan(0);
    }
    // Every figure a panel shows is in the HTML: as a headline card or in a chart's table
    // (the then-and-now panel's on its own page, which the home page links to).
    for (const panel of dataset.panels.filter((p) => p.view !== "list")) {
      if (panel.view === "then-now") await page.goto(`/panels/${panel.id}`);
      const section = page.locator(`section[data-panel-id="${panel.id}"]`);
      for (const fact of dataset.facts.filter((f) => panel.facts.includes(f.id) && f.figure)) {
        await expect(section, `${panel.id}: ${fact.id}`).toContainText(fact.figure!.value.toLocaleString("en-GB"));
      }
      if (panel.view === "then-now") await page.goto("/");
    }
  });
});

test("each chart's table view holds the numbers of its facts", async ({ page }) => {
  await page.goto("/");
  for (const panel of chartPanels.filter((p) => p.view !== "timeline")) {
    const details = page.locator(`details[data-table-for="${panel.id}"]`);
    await details.locator("summary").click();
    // The recorded-trade panel has two tables (recorded values, press figures); the facts are in one of them.
    const table = details;
    await expect(details.locator("table").first()).toBeVisible();
    // Shares and bars draw percentages; the series draws money.
    const drawn = (unit: string) => (panel.view === "series" || panel.view === "recorded" ? unit.startsWith("usd-") : unit === "percent");
    for (const fact of dataset.facts.filter((f) => panel.facts.includes(f.id) && f.figure && drawn(f.figure.unit))) {
      await expect(table, `${panel.id}: ${fact.id}`).toContainText(fact.figure!.value.toLocaleString("en-GB"));
    }
  }
});

test("the timeline lists every dated fact of its panel in date order", async ({ page }) => {
  await page.goto("/");
  for (const panel of dataset.panels.filter((p) => p.view === "timeline")) {
    const dated = dataset.facts.filter((f) => panel.facts.includes(f.id) && f.event);
    const times = await page.locator(`details[data-table-for="${panel.id}"] li time`).evaluateAll((els) =>
      els.map((el) => el.getAttribute("datetime") ?? ""),
    );
    expect(times).toHaveLength(dated.length);
    expect([...times].sort()).toEqual(times);
  }
});

test("a page reached by a link from the explorer (the one page running React) is loaded whole, with every panel drawn", async ({ page }) => {
  // The explorer's links are plain links: the browser loads the prerendered page itself, never a
  // version React would draw from the RSC payload the build strips.
  const home = dataset.panels.filter((p) => p.view !== "then-now").slice(0, 16);
  await page.goto("/facts");
  const rscRequests: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1" || request.url().includes("_rsc=")) rscRequests.push(request.url());
  });
  const loaded = page.waitForEvent("load");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Kazakhstan–Israel relations", exact: true }).click();
  await loaded;
  await expect(page).toHaveURL("/");
  for (const panel of home) {
    const section = page.locator(`section#${panel.id}`);
    await expect(section.getByRole("heading", { name: panel.title, exact: true }), panel.id).toBeAttached();
    if (chartPanels.includes(panel)) await expect(section.locator("figure svg").first(), panel.id).toBeAttached();
    await expect(section.locator("footer.panel-sources a").first(), panel.id).toBeAttached();
  }
  expect(await page.locator("script[src*='/_next/static/chunks/']").count()).toBe(0);
  await page.goBack();
  await expect(page).toHaveURL("/facts");
  await page.goForward();
  await expect(page).toHaveURL("/");
  await expect(page.locator(`section#${home[0]!.id}`).getByRole("heading", { name: home[0]!.title, exact: true })).toBeVisible();
  expect(rscRequests).toEqual([]);
});

test("each home panel's placeholder, before it is laid out, is at least as tall as the panel at 320 px, so nothing overlaps the next", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/");
  const panels = page.locator("[data-page-body] > section[data-panel-id]");
  const placeholders = await panels.evaluateAll((els) => els.map((el) => [el.getAttribute("data-panel-id"), parseFloat(getComputedStyle(el).containIntrinsicHeight.replace(/^auto\s+/, ""))] as const));
  await page.addStyleTag({ content: "[data-page-body] > section[data-panel-id] { content-visibility: visible !important }" });
  const heights = await panels.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  expect(placeholders.length).toBeGreaterThan(0);
  placeholders.forEach(([id, placeholder], i) => expect(placeholder, `${id}: placeholder ${placeholder}px, drawn ${heights[i]}px`).toBeGreaterThanOrEqual(heights[i]!));
});
