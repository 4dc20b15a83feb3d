// The fact explorer in a browser: with JavaScript (typing filters, the URL
// follows, Back restores, a failed request falls back to loading the page) and
// without (a GET form). The server renders the results either way.
import { expect, test, type Page, type Request } from "@playwright/test";
import { dataset } from "./dataset";

// An independent reading of "matches": the word occurs in the statement, quote or translation.
const matching = (word: string, topic?: string) =>
  dataset.facts
    .filter((f) => (topic ? f.topic === topic : true))
    .filter((f) => `${f.statement} ${f.quote.text} ${f.quote.translation ?? ""}`.toLowerCase().includes(word))
    .map((f) => f.id);

const resultIds = (page: Page) => page.locator("ol [data-fact-id]").evaluateAll((items) => items.map((li) => li.getAttribute("data-fact-id")));
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Words in the statement or quote" });
// With JavaScript, a search asks the server for the explorer's new render (Next's RSC request), not for the whole page.
const isExplorerRender = (request: Request) => new URL(request.url()).pathname === "/facts" && request.headers()["rsc"] === "1";

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

  test("a word typed with pauses makes one step in the history: Back leaves the search, not a partial word", async ({ page }) => {
    await page.goto("/facts");
    await expect(page.getByRole("status")).toHaveText(`Showing 1–20 of ${dataset.facts.length} facts.`);
    await searchBox(page).pressSequentially("o");
    await expect(page).toHaveURL(/\/facts\?q=o$/);
    await searchBox(page).pressSequentially("il");
    await expect(page).toHaveURL(/\/facts\?q=oil$/);
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

  test("asks the server once the typing pauses, not for every key", async ({ page }) => {
    await page.goto("/facts");
    const asked: string[] = [];
    page.on("request", (r) => {
      if (isExplorerRender(r)) asked.push(r.url());
    });
    const word = "kazakhstan";
    await searchBox(page).pressSequentially(word, { delay: 30 });
    await expect(page).toHaveURL(/q=kazakhstan$/);
    await expect.poll(() => resultIds(page)).toEqual(matching(word).slice(0, 20));
    // One request when the machine keeps up; a slow one may pause mid-word, but never asks per key.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(word.length / 2);
    expect(new URL(asked.at(-1)!).searchParams.get("q")).toBe(word);
  });

  test("keeps the previous results while loading, and loads the page in full when the quick request fails", async ({ page }) => {
    await page.goto("/facts");
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route((url) => url.pathname === "/facts", async (route) => {
      if (isExplorerRender(route.request())) await held;
      await route.fallback();
    });
    await searchBox(page).fill("gas");
    await expect(page.getByRole("status")).toHaveText("Searching…");
    await expect(page.locator("[aria-busy=true] ol [data-fact-id]")).toHaveCount(20);
    release();
    await expect.poll(() => resultIds(page)).toEqual(matching("gas"));
    await expect(page.getByRole("status")).not.toHaveText("Searching…");
    await page.unrouteAll();

    // The server cannot be reached for the quick render: the browser loads the search's own address instead.
    await page.route((url) => url.pathname === "/facts", (route) => (isExplorerRender(route.request()) ? route.abort() : route.fallback()));
    const fullLoad = page.waitForRequest((r) => r.isNavigationRequest() && new URL(r.url()).searchParams.get("q") === "oil");
    await searchBox(page).fill("oil");
    await fullLoad;
    await expect(page).toHaveURL(/\/facts\?q=oil$/);
    await expect.poll(() => resultIds(page)).toEqual(matching("oil"));
    await expect(searchBox(page)).toHaveValue("oil");
  });

  test("works without any chart code among the scripts its page requires", async ({ page, request }) => {
    // The scripts a page's HTML asks for (Next's idle prefetch of other routes aside).
    const scriptSources = async (url: string) => {
      const html = await (await request.get(url)).text();
      return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
    };
    // The home page asks for no script at all: it has nothing to run (lib/build/script-free.ts).
    expect(await scriptSources("/")).toEqual([]);
    // The explorer's do not include chart code (charts are static SVG; e2e/charts.spec.ts shows the marker is recharts'), yet it works.
    const explorer = await scriptSources("/facts");
    expect(explorer.length).toBeGreaterThan(0);
    const code = await Promise.all(explorer.map(async (src) => (await request.get(src)).text()));
    expect(code.filter((js) => js.includes("recharts-"))).toHaveLength(0);
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
