import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import { displayFigure } from "@/lib/display/format";
import { dataset } from "./dataset";

const chartPanels = dataset.panels.filter((p) => ["bar", "share", "series", "recorded", "timeline"].includes(p.view));
const series = dataset.panels.find((p) => p.view === "series")!;
const pages = ["/", `/panels/${series.id}`, `/embed/${series.id}`, "/panels/recorded-trade"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

test("no chunk under .next/static holds recharts code", () => {
  // A string recharts' own code carries, so the search can find it.
  const marker = "recharts-cartesian-axis";
  const recharts = filesUnder(path.join(__dirname, "..", "node_modules", "recharts", "lib"));
  expect(recharts.some((file) => readFileSync(file, "utf8").includes(marker))).toBe(true);
  const chunks = filesUnder(path.join(__dirname, "..", ".next", "static")).filter((f) => f.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(0);
  expect(chunks.filter((file) => readFileSync(file, "utf8").includes(marker)).map((f) => path.basename(f))).toEqual([]);
});

/** The rendered size, in CSS px, of every chart text in the drawing the page shows. */
async function chartTextSizes(page: Page) {
  return page.locator("[data-chart] svg text").evaluateAll((texts) =>
    texts
      .filter((t) => (t as SVGTextElement).checkVisibility({ visibilityProperty: false }) && t.closest("[data-layout]")?.checkVisibility())
      .map((t) => {
        const text = t as SVGTextElement;
        const scale = text.getScreenCTM()?.a ?? 0;
        return { text: text.textContent ?? "", px: parseFloat(getComputedStyle(text).fontSize) * scale };
      }),
  );
}

for (const width of [360, 1280]) {
  for (const route of pages) {
    test(`${route}: every chart text renders at 11 CSS px or more at ${width} px wide`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(route);
      const sizes = await chartTextSizes(page);
      expect(sizes.length).toBeGreaterThan(10);
      const small = sizes.filter((s) => s.px < 11).map((s) => `${s.text}: ${s.px.toFixed(1)} px`);
      expect(small).toEqual([]);
      // One drawing per chart is shown: the narrow one on a phone, the wide one on a desktop;
      // the home page's summaries come in the narrow one only.
      const shown = await page.locator("[data-chart] [data-layout]").evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.getAttribute("data-layout")));
      const expected = route === "/" ? chartPanels.map(() => "narrow") : [width === 360 ? "narrow" : "wide"];
      expect(shown).toEqual(expected);
    });
  }
}

for (const width of [360, 1280]) {
  test(`the trade chart's point labels do not overlap one another at ${width} px wide`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/panels/${series.id}`);
    const boxes = await page.locator("[data-layout] a.chart-mark > text:not(.chart-tip)").evaluateAll((texts) =>
      texts
        .filter((t) => t.closest("[data-layout]")?.checkVisibility())
        .map((t) => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent ?? "", left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
    );
    expect(boxes.length).toBeGreaterThan(3);
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("each data mark is a link to its fact; focus shows its value, date and verdict", async ({ page }) => {
    await page.goto(`/panels/${series.id}`);
    const facts = dataset.facts.filter((f) => series.facts.includes(f.id) && f.figure?.unit.startsWith("usd-") && ["exact", "estimated"].includes(f.figure.as_of.kind));
    const marks = page.locator("[data-chart] [data-layout='wide'] a.chart-mark");
    await expect(marks).toHaveCount(facts.length);
    const fact = facts[0]!;
    const mark = page.locator(`[data-layout='wide'] a.chart-mark[href="/facts/${fact.id}"]`);
    const tip = mark.locator(".chart-tip");
    await expect(tip).toBeHidden();
    await mark.focus();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(fact.figure!.value.toLocaleString("en-GB"));
    await expect(tip).toContainText(new RegExp(`verdict: ${fact.verdict.rating}`, "i"));
    await expect(tip).toContainText(displayFigure(fact.figure!).asOf);
    // The hint that sits in the band gives way to the tip.
    await expect(page.locator("[data-layout='wide'] .chart-tip-hint")).toBeHidden();
    await mark.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/facts/${fact.id}$`));
  });
});

test("chart text follows the dark theme", async ({ page }) => {
  const fill = async () => page.locator("[data-chart] [data-layout='wide'] svg text").first().evaluate((el) => getComputedStyle(el).fill);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(`/panels/${series.id}`);
  const light = await fill();
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await fill()).not.toBe(light);
});

test("the panel's SVG download opens on its own with the title, dates, verdicts, source line and version", async ({ page, request }) => {
  for (const panel of [series, dataset.panels.find((p) => p.view === "timeline")!]) {
    const response = await request.get(`/panels/${panel.id}/image.svg`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("image/svg+xml");
    // Built once, like the PNG: shared caches keep it until the next build and revalidate it by its ETag (nginx answers the 304).
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate, s-maxage=31536000");
    expect(response.headers()["etag"]).toMatch(new RegExp(`^"${dataset.meta.version}-`));
    await page.goto(`/panels/${panel.id}/image.svg`);
    const svg = page.locator("svg").first();
    await expect(svg).toBeVisible();
    const text = await svg.evaluate((el) => el.textContent ?? "");
    expect(text).toContain(panel.title.slice(0, 20));
    expect(text).toContain("Source:");
    expect(text).toContain(`dataset version ${dataset.meta.version}`);
    expect(text).toContain(`/panels/${panel.id}`);
    for (const fact of dataset.facts.filter((f) => panel.facts.includes(f.id))) {
      const date = fact.figure ? displayFigure(fact.figure).asOf : fact.event ? formatPartialDate(fact.event.date) : "";
      expect(text, fact.id).toContain(date);
    }
    expect(text).toMatch(/CONFIRMED|QUALIFIED|UNVERIFIED|CONTRADICTED/);
  }
  await page.goto(`/panels/${series.id}`);
  await expect(page.locator(`a[href="/panels/${series.id}/image.svg"]`)).toContainText("SVG");
});
