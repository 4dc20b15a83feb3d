// Issue 9 in the browser: who said it, when it was true, which points are one
// series, and titles cited as what they are.
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { displayFigure, formatPublication } from "@/lib/display/format";
import { dataset } from "./dataset";

const fact = (id: string) => {
  const found = dataset.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id} in data/`);
  return found;
};

test("a narration quote shows no speaker line, and its ClaimReview does not name a speaker", async ({ page }) => {
  const narration = fact("bar-yosef-praised-kazakh-oil-quality");
  expect(narration.quote.attribution).toBe("narration");
  await page.goto(`/facts/${narration.id}`);
  await expect(page.locator("blockquote mark").first()).toBeVisible();
  await expect(page.locator("[data-speaker-line]")).toHaveCount(0);
  await expect(page.locator("figure figcaption")).not.toContainText("— Chen Bar-Yosef");
  await expect(page.locator("[data-claimant]")).toContainText(dataset.sources.find((s) => s.id === narration.quote.source)!.publisher);
  const ld = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const review = ld.find((item) => item["@type"] === "ClaimReview");
  expect(JSON.stringify(review?.itemReviewed.author ?? null)).not.toContain("Bar-Yosef");
});

test("a direct or reported quote keeps its speaker line", async ({ page }) => {
  const spoken = dataset.facts.find((f) => f.quote.attribution !== "narration" && f.speaker);
  expect(spoken, "a direct or reported quote in data/").toBeDefined();
  await page.goto(`/facts/${spoken!.id}`);
  await expect(page.locator("[data-speaker-line]")).toContainText(spoken!.speaker!.name);
});

test("an unverified fact says what was looked for, under its own heading", async ({ page }) => {
  const unverified = fact("israel-fifth-largest-asian-trade-partner");
  expect(unverified.verdict.rating).toBe("unverified");
  await page.goto(`/facts/${unverified.id}`);
  const section = page.getByRole("region", { name: "What we looked for" });
  await expect(section.getByRole("heading", { name: "What we looked for" })).toBeVisible();
  await expect(section).toContainText(unverified.verdict.searched!.slice(0, 60));
});

const quarter = fact("kazakhstan-supplies-quarter-of-israels-fuel");
const quarterDate = displayFigure(quarter.figure!).asOf;
const articleDate = formatPublication(dataset.sources.find((s) => s.id === quarter.quote.source)!.published);
const quarterPanels = dataset.panels.filter((p) => p.facts.includes(quarter.id));

test("the 25% figure is never dated June 2019: fact page, home card, panels, tables and embeds", async ({ page }) => {
  expect(quarter.figure?.as_of.kind).not.toBe("exact");
  expect(quarterDate).not.toMatch(/June/);
  await page.goto(`/facts/${quarter.id}`);
  await expect(page.locator("[data-as-of]").first()).toHaveText(quarterDate);
  const pages = ["/", ...quarterPanels.flatMap((p) => [`/panels/${p.id}`, `/embed/${p.id}`])];
  for (const path of pages) {
    await page.goto(path);
    await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
    const places = page.locator(`[data-fact-id="${quarter.id}"], tr:has(a[href="/facts/${quarter.id}"])`);
    expect(await places.count(), path).toBeGreaterThan(0);
    for (const place of await places.all()) {
      // Read where a reader sees it: panels far down a long page are laid out (content-visibility) only when near.
      await place.scrollIntoViewIfNeeded();
      await expect(place, path).toContainText(quarterDate, { useInnerText: true });
      // The one June 2019 allowed beside the figure is the article's own publication date on its source line.
      expect((await place.innerText()).replaceAll(articleDate, ""), path).not.toContain("June 2019");
    }
  }
});

test("the 25% figure's row in each panel CSV gives its date as the data holds it, with qualifier and verdict", async ({ request }) => {
  expect(quarterPanels.length).toBeGreaterThan(0);
  for (const panel of quarterPanels) {
    const text = await (await request.get(`/data/panels/${panel.id}.csv`)).text();
    const row = (parse(text, { columns: true, record_delimiter: "\r\n" }) as Record<string, string>[]).find((r) => r.id === quarter.id)!;
    expect(row).toMatchObject({ figure_as_of: quarterDate, figure_as_of_kind: quarter.figure!.as_of.kind, figure_qualifier: quarter.figure!.qualifier, verdict: quarter.verdict.rating });
    // The basis may say "not June 2019"; the date fields may not.
    const dates = [row.figure_as_of, row.figure_as_of_from, row.figure_as_of_to, row.event_date].join(" ");
    expect(dates, panel.id).not.toMatch(/2019-06|June/);
  }
});

const seriesOf = new Map(dataset.facts.map((f) => [f.id, f.figure?.series ?? null]));
const chartPanels = dataset.panels.filter((p) => p.view === "series");

test("no chart joins points that are not one declared series", async ({ page }) => {
  expect(chartPanels.length).toBeGreaterThan(0);
  const declared = new Set(dataset.series.map((s) => s.id));
  for (const panel of chartPanels) {
    await page.goto(`/panels/${panel.id}`);
    const svg = page.locator(`[data-chart="${panel.id}"] svg`).first();
    await expect(svg).toBeVisible();
    // Every open path among the data marks is a series line (grid and axes sit outside the series groups).
    const openPaths = svg.locator('[data-series] path[fill="none"]');
    const lines = svg.locator("path[data-series-line]");
    expect(await openPaths.count(), panel.id).toBe(await lines.count());
    for (const line of await lines.all()) {
      const id = (await line.getAttribute("data-series-line"))!;
      expect(declared.has(id), `${panel.id}: line for undeclared series ${id}`).toBe(true);
      const points = await line.locator("xpath=..").locator("[data-point-fact]").evaluateAll((els) => els.map((el) => el.getAttribute("data-point-fact")!));
      expect(points.length, panel.id).toBeGreaterThan(1);
      for (const factId of points) expect(seriesOf.get(factId), `${panel.id}: ${factId} on the line of ${id}`).toBe(id);
    }
    // A point outside a declared series sits in a group with no line.
    for (const factId of await svg.locator("[data-point-fact]").evaluateAll((els) => els.map((el) => el.getAttribute("data-point-fact")!))) {
      if (seriesOf.get(factId) === null) {
        await expect(svg.locator(`g:has(> a[data-point-fact="${factId}"]) > path[data-series-line]`)).toHaveCount(0);
      }
    }
  }
});

test("a figure dated only before or after a year is listed as undated, not placed on the time axis", async ({ page }) => {
  const undated = chartPanels.flatMap((panel) =>
    panel.facts.map(fact).filter((f) => f.figure && ["usd-million", "usd-billion"].includes(f.figure.unit) && !["exact", "estimated"].includes(f.figure.as_of.kind)).map((f) => [panel.id, f] as const),
  );
  expect(undated.length, "an undated money figure in a chart panel").toBeGreaterThan(0);
  for (const [panelId, f] of undated) {
    await page.goto(`/panels/${panelId}`);
    await expect(page.locator(`[data-chart="${panelId}"] [data-point-fact="${f.id}"]`)).toHaveCount(0);
    await expect(page.locator(`[data-undated-figures] [data-undated-fact="${f.id}"]`)).toContainText(displayFigure(f.figure!).asOf);
  }
});

const described = dataset.sources.find((s) => s.title_kind === "description" && dataset.facts.some((f) => f.quote.source === s.id));

test("a source with a described title is cited with the description in brackets in APA, BibTeX and RIS", async ({ page, request }) => {
  expect(described, "a fact quoting a source whose title is a description").toBeDefined();
  const quoting = dataset.facts.find((f) => f.quote.source === described!.id)!;
  await page.goto(`/facts/${quoting.id}`);
  // The Cite section may be collapsed; the citation is in the page all the same.
  const apa = (await page.locator('[data-snippet="cite-source-apa"]').textContent()) ?? "";
  expect(apa).toContain(`[${described!.title}]`);
  expect(apa).not.toContain(`“${described!.title}`);
  const bib = await (await request.get(`/cite/sources/${described!.id}.bib`)).text();
  expect(bib).toMatch(/\ttitle = \{\[.*\]\},/);
  const ris = await (await request.get(`/cite/sources/${described!.id}.ris`)).text();
  expect(ris).toContain(`TI  - [${described!.title}]`);
});
