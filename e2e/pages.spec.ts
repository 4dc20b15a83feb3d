import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { displayTitle } from "@/lib/display/source-title";
import { loadRecordedData } from "@/lib/dataset/tables/load";
import { dataset } from "./dataset";

const primaryId = dataset.meta.primary_source;
const withEvidence = dataset.facts.find((f) => f.quote.source === primaryId && f.evidence.length > 1)!;
const otherSource = dataset.sources.find((s) => s.id !== primaryId)!;

test("a fact page shows the statement, the quote in context, and every piece of evidence", async ({ page }) => {
  await page.goto(`/facts/${withEvidence.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(withEvidence.statement);
  await expect(page.locator("[data-verdict]").first()).toHaveAttribute("data-verdict", withEvidence.verdict.rating);
  const quote = page.locator("blockquote mark").first();
  await expect(quote).toHaveText(withEvidence.quote.text.replace(/\s+/g, " "));
  // The quote sits in a sentence with more words around it.
  const block = await page.locator("blockquote").first().innerText();
  expect(block.length).toBeGreaterThan(withEvidence.quote.text.length + 20);
  await expect(page.locator("[data-stance]")).toHaveCount(withEvidence.evidence.length);
  const fragment = page.getByRole("link", { name: "Find it on the publisher’s page" });
  await expect(fragment).toHaveAttribute("href", /#:~:text=/);
});

test("a source page highlights every passage the dataset quotes from it", async ({ page }) => {
  await page.goto(`/sources/${otherSource.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(displayTitle(otherSource));
  const quoted = dataset.facts.flatMap((f) => [
    ...(f.quote.source === otherSource.id ? [f.quote.text] : []),
    ...f.evidence.filter((e) => e.source === otherSource.id).map((e) => e.quote),
  ]);
  expect(quoted.length).toBeGreaterThan(0);
  const marked = (await page.locator("mark.passage").allInnerTexts()).join(" ").replace(/\s+/g, " ");
  for (const text of quoted) expect(marked).toContain(text.replace(/\s+/g, " "));
  await expect(page.getByRole("link", { name: otherSource.url })).toHaveAttribute("href", otherSource.url);
});

test("unknown fact and source ids get a real 404 page", async ({ page }) => {
  for (const path of ["/facts/no-such-fact", "/sources/no-such-source", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
});

// A statistical table's rows, copy paths and hashes are long runs with no space to wrap at.
const tableIds = loadRecordedData(path.join(__dirname, "..", "data")).data.tables.map((t) => t.id);
const tableSources = dataset.sources.filter((s) => tableIds.includes(s.id));

test("statistical tables' pages, and the pages quoting their rows, do not overflow at 360 px", async ({ page }) => {
  expect(tableSources.length).toBeGreaterThan(0);
  const quoting = tableSources.map((source) => dataset.facts.find((f) => f.evidence.some((e) => e.source === source.id))!);
  const pages = [...tableIds.map((id) => `/tables/${id}`), ...tableSources.map((s) => `/sources/${s.id}`), ...quoting.map((f) => `/facts/${f.id}`)];
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of pages) {
    await page.goto(route);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(360);
  }
});

const chartPanel = dataset.panels.find((p) => p.view === "series")!;
const thenNowPanel = dataset.panels.find((p) => p.view === "then-now")!;
const routes = ["/", `/facts/${withEvidence.id}`, `/sources/${primaryId}`, `/panels/${chartPanel.id}`, `/embed/${chartPanel.id}`, "/changes", `/changes/${dataset.meta.version}`, `/panels/${thenNowPanel.id}`];

for (const route of routes) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${route} has no WCAG 2.2 A/AA violation (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route);
      await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
      await expectNoA11yViolations(page);
    });
  }

  test(`${route} has no WCAG 2.2 A/AA violation on a phone, with what is below the fold not yet laid out`, async ({ page }) => {
    // The home page lays out its panels only near the viewport (content-visibility); measured unrendered, a panel
    // taller than its placeholder would overlap the next one's tap targets.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(route);
    await expectNoA11yViolations(page);
  });

  test(`${route} does not overflow at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(route);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test(`${route} has headings in order`, async ({ page }) => {
    await page.goto(route);
    const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    });
  });
}

test("keyboard focus is visible on links", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe("none");
});

test("pages load none of Next's scripts, only their own small ones; the explorer runs React", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => request.resourceType() === "script" && requested.push(new URL(request.url()).pathname));
  const expected = { "/": [], [`/sources/${primaryId}`]: [], [`/facts/${withEvidence.id}`]: ["/copy.js"], [`/panels/${chartPanel.id}`]: ["/copy.js"], [`/embed/${chartPanel.id}`]: ["/embed-frame.js"] };
  for (const [route, scripts] of Object.entries(expected)) {
    requested.length = 0;
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 }).first(), route).toBeVisible();
    expect(requested, route).toEqual(scripts);
  }
  requested.length = 0;
  await page.goto("/facts");
  expect(requested.some((path) => path.startsWith("/_next/"))).toBe(true);
});
