// The fact explorer in a browser: with JavaScript (typing filters, the URL
// follows, Back restores, errors can be retried) and without (a GET form).
import { expect, test, type Page } from "@playwright/test";
import { dataset } from "./dataset";

// An independent reading of "matches": the word occurs in the statement, quote or translation.
const matching = (word: string, topic?: string) =>
  dataset.facts
    .filter((f) => (topic ? f.topic === topic : true))
    .filter((f) => `${f.statement} ${f.quote.text} ${f.quote.translation ?? ""}`.toLowerCase().includes(word))
    .map((f) => f.id);

const resultIds = (page: Page) => page.locator("ol [data-fact-id]").evaluateAll((items) => items.map((li) => li.getAttribute("data-fact-id")));
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Words in the statement or quote" });

test.describe("with JavaScript", () => {
  test("typing filters the results and puts the search in the address; Back restores each step", async ({ page }) => {
    await page.goto("/facts");
    await expect(page.getByRole("status")).toHaveText(`Showing 1–20 of ${dataset.facts.length} facts.`);
    await searchBox(page).pressSequentially("oil", { delay: 40 });
    await expect(page).toHaveURL(/\/facts\?q=oil$/);
    await expect.poll(() => resultIds(page)).toEqual(matching("oil"));

    await page.getByRole("combobox", { name: "Topic" }).selectOption("energy");
    await expect(page).toHaveURL(/\/facts\?q=oil&topic=energy$/);
    await expect.poll(() => resultIds(page)).toEqual(matching("oil", "energy"));

    await page.goBack();
    await expect(page).toHaveURL(/\/facts\?q=oil$/);
    await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("");
    await expect(searchBox(page)).toHaveValue("oil");
    await expect.poll(() => resultIds(page)).toEqual(matching("oil"));

    await page.goBack();
    await expect(page).toHaveURL(/\/facts$/);
    await expect(searchBox(page)).toHaveValue("");
    await expect(page.getByRole("status")).toHaveText(`Showing 1–20 of ${dataset.facts.length} facts.`);
  });

  test("each result shows the statement linking to the fact, the value, the verdict and the quote's first words", async ({ page }) => {
    const fact = dataset.facts.find((f) => f.figure)!;
    await page.goto(`/facts?q=${encodeURIComponent(fact.quote.text.split(" ").slice(0, 6).join(" "))}`);
    const item = page.locator(`ol [data-fact-id="${fact.id}"]`);
    await expect(item.getByRole("link", { name: fact.statement })).toHaveAttribute("href", `/facts/${fact.id}`);
    await expect(item.locator("[data-verdict]")).toHaveAttribute("data-verdict", fact.verdict.rating);
    await expect(item).toContainText(fact.figure!.value.toLocaleString("en-GB"));
    await expect(item.locator("[data-quote-opening]")).toContainText(fact.quote.text.split(" ").slice(0, 4).join(" "));
    await item.getByRole("link", { name: fact.statement }).click();
    await expect(page).toHaveURL(`/facts/${fact.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fact.statement);
  });

  test("more results come page by page, and the address keeps the page", async ({ page }) => {
    await page.goto("/facts");
    const first = await resultIds(page);
    await page.getByRole("link", { name: "More results" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(page.getByRole("status")).toHaveText(`Showing 21–40 of ${dataset.facts.length} facts.`);
    await expect.poll(() => resultIds(page)).toEqual(dataset.facts.slice(20, 40).map((f) => f.id));
    await page.getByRole("link", { name: "Previous results" }).click();
    await expect.poll(() => resultIds(page)).toEqual(first);
  });

  test("asks the API once the typing pauses, not for every key", async ({ page }) => {
    await page.goto("/facts");
    const asked: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/v1/facts") asked.push(r.url());
    });
    const word = "kazakhstan";
    await searchBox(page).pressSequentially(word, { delay: 30 });
    await expect(page).toHaveURL(/q=kazakhstan$/);
    await expect.poll(() => resultIds(page)).toEqual(matching(word).slice(0, 20));
    // One request when the machine keeps up; a slow one may pause mid-word, but never asks per key.
    expect(asked.length).toBeLessThan(word.length / 2);
    expect(asked.at(-1)).toContain(`q=${word}&`);
  });

  test("keeps the previous results while loading, shows an error, and retries", async ({ page }) => {
    await page.goto("/facts");
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname === "/api/v1/facts", async (route) => {
      await held;
      await route.continue();
    });
    await searchBox(page).fill("gas");
    await expect(page.getByRole("status")).toHaveText("Searching…");
    await expect(page.locator("[aria-busy=true] ol [data-fact-id]")).toHaveCount(20);
    release();
    await expect.poll(() => resultIds(page)).toEqual(matching("gas"));
    await page.unrouteAll();

    let fail = true;
    await page.route((url) => url.pathname === "/api/v1/facts", (route) =>
      fail ? route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ message: "Down for maintenance." }) }) : route.continue(),
    );
    // Next.js has a role=alert route announcer of its own.
    const alert = page.getByRole("alert").filter({ hasText: "Could not load the results" });
    await searchBox(page).fill("oil");
    await expect(alert).toContainText("Down for maintenance.");
    // The previous results stay on screen.
    expect(await resultIds(page)).toEqual(matching("gas"));
    fail = false;
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toHaveCount(0);
    await expect.poll(() => resultIds(page)).toEqual(matching("oil"));
  });

  test("works without any chart code among the scripts its page requires", async ({ page, request }) => {
    // The scripts a page's HTML asks for (Next's idle prefetch of other routes aside).
    const pageScripts = async (url: string) => {
      const html = await (await request.get(url)).text();
      const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
      expect(sources.length, url).toBeGreaterThan(0);
      return Promise.all(sources.map(async (src) => (await request.get(src)).text()));
    };
    // No page loads chart code (charts are static SVG; e2e/charts.spec.ts shows the marker is recharts'), yet it works.
    expect((await pageScripts("/")).filter((js) => js.includes("recharts-"))).toHaveLength(0);
    expect((await pageScripts("/facts")).filter((js) => js.includes("recharts-"))).toHaveLength(0);
    await page.goto("/facts");
    await searchBox(page).fill("oil");
    await expect.poll(() => resultIds(page)).toEqual(matching("oil"));
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the form is a plain GET: the server renders the filtered results", async ({ page }) => {
    await page.goto("/facts");
    await searchBox(page).fill("oil");
    await page.getByRole("combobox", { name: "Topic" }).selectOption("energy");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/facts\?q=oil&topic=energy/);
    await expect.poll(() => resultIds(page)).toEqual(matching("oil", "energy"));
    await expect(searchBox(page)).toHaveValue("oil");
  });

  test("a permalink renders its results, and its pages are plain links", async ({ page }) => {
    await page.goto("/facts?verdict=unverified");
    const unverified = dataset.facts.filter((f) => f.verdict.rating === "unverified").map((f) => f.id);
    expect(await resultIds(page)).toEqual(unverified.slice(0, 20));
    if (unverified.length > 20) {
      await page.getByRole("link", { name: "More results" }).click();
      await expect(page).toHaveURL(/cursor=/);
      await expect.poll(() => resultIds(page)).toEqual(unverified.slice(20, 40));
    }
  });

  test("values it cannot use are said plainly, not an error page", async ({ page }) => {
    const response = await page.goto("/facts?topic=sports&cursor=eyJvIjoyMCwidiI6IjAuMC4wIn0");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("explorer-notices")).toContainText("There is no topic “sports”");
    await expect(page.getByTestId("explorer-notices")).toContainText("showing the first page");
    expect(await resultIds(page)).toEqual(dataset.facts.slice(0, 20).map((f) => f.id));
  });
});
