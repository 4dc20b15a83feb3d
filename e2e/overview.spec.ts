import { expect, test, type Page } from "@playwright/test";
import { dataset } from "./dataset";

const indicators = dataset.panels.flatMap((panel) => (panel.indicators ?? []).map((indicator) => ({ ...indicator, panel })));
const thenNow = dataset.panels.find((panel) => panel.view === "then-now");
// The then-and-now panel is too long for a summary: it has its own page, with an entry at the top of home.
const onHome = dataset.panels.filter((panel) => panel.view !== "then-now").slice(0, 16);

async function everyNavLinkLandsOnItsPanel(page: Page, nav: ReturnType<Page["locator"]>) {
  const hrefs = await nav.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toEqual(["#overview", ...hrefs.slice(1)]);
  // Every panel and topic has a link.
  expect(hrefs.slice(1).sort()).toEqual(onHome.map((p) => `#${p.id}`).sort());
  for (const href of hrefs.slice(1)) {
    await nav.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const section = page.locator(`section${href}`);
    await expect(section, href).toBeInViewport();
    const title = dataset.panels.find((p) => `#${p.id}` === href)!.title;
    await expect(section.getByRole("heading", { name: title, exact: true })).toBeInViewport();
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("at 1280×800 the indicator grid and the page navigation are visible without scrolling", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto("/");
      const grid = page.getByRole("list", { name: "Key indicators" });
      const nav = page.getByRole("navigation", { name: "On this page", exact: true });
      for (const part of [grid, nav]) {
        await expect(part).toBeVisible();
        const box = (await part.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(800);
      }
      await expect(page.locator("details[data-page-nav]")).toBeHidden();
    });

    test("every link of the wide navigation lands on its panel, and the navigation stays in view", async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto("/");
      const nav = page.getByRole("navigation", { name: "On this page", exact: true });
      await everyNavLinkLandsOnItsPanel(page, nav);
      await expect(nav).toBeInViewport();
    });

    test("at 360 px the grid is one column and the navigation a disclosure whose links land on their panels", async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto("/");
      const cards = page.getByRole("list", { name: "Key indicators" }).getByRole("listitem");
      const xs = new Set(await cards.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left))));
      expect(xs.size).toBe(1);
      await expect(page.getByRole("navigation", { name: "On this page", exact: true })).toBeHidden();
      const details = page.locator("details[data-page-nav]");
      await expect(details).not.toHaveAttribute("open");
      await details.locator("summary").click();
      await everyNavLinkLandsOnItsPanel(page, details.getByRole("navigation"));
    });
  });
}

test("each indicator declared in data/panels.yaml shows its value, qualifier, period, verdict and panel link", async ({ page }) => {
  expect(indicators.length).toBeGreaterThan(0);
  await page.goto("/");
  const grid = page.getByRole("list", { name: "Key indicators" });
  await expect(grid.getByRole("listitem")).toHaveCount(indicators.length);
  for (const { label, fact: id, panel } of indicators) {
    const fact = dataset.facts.find((f) => f.id === id)!;
    const card = grid.locator(`[data-indicator="${id}"]`);
    await expect(card).toContainText(label);
    await expect(card.locator("[data-verdict]")).toHaveAttribute("data-verdict", fact.verdict.rating);
    if (fact.figure) {
      await expect(card).toContainText(fact.figure.value.toLocaleString("en-GB"));
      await expect(card).toContainText("describes ");
      if (fact.figure.qualifier === "over") await expect(card).toContainText("over");
      if (fact.figure.qualifier === "about") await expect(card).toContainText("about");
    }
    const onThisPage = onHome.some((p) => p.id === panel.id);
    await expect(card.getByRole("link", { name: `Panel: ${panel.title}` })).toHaveAttribute("href", onThisPage ? `#${panel.id}` : `/panels/${panel.id}`);
  }
});

test("verdict and topic counts link to the explorer already filtered", async ({ page }) => {
  await page.goto("/");
  const contradicted = dataset.facts.filter((f) => f.verdict.rating === "contradicted").length;
  const link = page.getByRole("list", { name: "Facts by verdict" }).getByRole("link", { name: `${contradicted} contradicted facts` });
  await expect(link).toHaveAttribute("href", "/facts?verdict=contradicted");
  await link.click();
  await expect(page).toHaveURL(/\/facts\?verdict=contradicted$/);
  const energy = dataset.facts.filter((f) => f.topic === "energy").length;
  await page.goto("/");
  await expect(page.getByRole("list", { name: "Facts by topic" }).getByRole("link", { name: `${energy} facts on energy` })).toHaveAttribute("href", "/facts?topic=energy");
});

test("the then-and-now panel sets each headline claim beside a later comparable figure or says there is none", async ({ page }) => {
  expect(thenNow?.pairs).toHaveLength(5);
  // Reached from the top of the home page, where an entry names it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  const entry = page.getByRole("link", { name: thenNow!.title, exact: true });
  await expect(entry).toBeInViewport();
  await entry.click();
  await expect(page).toHaveURL(`/panels/${thenNow!.id}`);
  const panel = page.locator(`section[data-panel-id="${thenNow!.id}"]`);
  for (const pair of thenNow!.pairs!) {
    const row = panel.locator(`[data-pair="${pair.then}"]`);
    await expect(row.locator(`[data-fact-id="${pair.then}"]`)).toContainText("Then: the article");
    if (pair.now) {
      const now = dataset.facts.find((f) => f.id === pair.now)!;
      await expect(row.locator(`[data-fact-id="${pair.now}"]`)).toContainText(now.figure ? now.figure.measure : now.statement);
      await expect(row).not.toContainText("No comparable later figure");
    } else {
      await expect(row.locator("[data-no-comparable]")).toContainText("No comparable later figure");
    }
    await expect(row).toContainText(pair.change.replace(/\s+/g, " "));
  }
});
