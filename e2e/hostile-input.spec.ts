// Hostile input is shown as text, never run as HTML, and never answered with a 500.
import { expect, test, type Page } from "@playwright/test";
import { dataset } from "./dataset";

const payloads = [
  `<script>window.__pwned = 1</script>`,
  `"><img src=x onerror="window.__pwned = 1">`,
  `<svg/onload=window.__pwned=1>`,
  `javascript:window.__pwned=1`,
  `</textarea></title><b id="injected">bold</b>`,
];

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("#injected")).toHaveCount(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);
}

test("the explorer's search shows script and markup as text, with and without a reload", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const payload of payloads) {
    const response = await page.goto(`/facts?q=${encodeURIComponent(payload)}`);
    expect(response?.status(), payload).toBeLessThan(500);
    await expect(page.getByRole("searchbox").or(page.getByRole("textbox")).first()).toHaveValue(payload);
    await expectNothingRan(page);
  }
  // Typed, so the client-side path renders it too.
  const box = page.getByRole("searchbox").or(page.getByRole("textbox")).first();
  // The server's render of the typed search (Next's RSC request), not a full page load.
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === "/facts" && r.request().headers()["rsc"] === "1" && new URL(r.url()).searchParams.get("q") === payloads[1]);
  await box.fill(payloads[1]!);
  await answered;
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === payloads[1]);
  await expect(page.getByTestId("explorer-status")).toHaveText("No fact matches.");
  await expectNothingRan(page);
  expect(dialogs).toEqual([]);
});

test("the API echoes hostile parameters only inside JSON strings", async ({ request }) => {
  for (const payload of payloads) {
    const response = await request.get(`/api/v1/facts?q=${encodeURIComponent(payload)}&topic=${encodeURIComponent(payload)}`);
    expect(response.status(), payload).toBe(400);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(typeof body.message).toBe("string");
  }
});

test("oEmbed does not reflect a hostile url as HTML", async ({ request }) => {
  for (const payload of payloads) {
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(payload)}`);
    // Malformed (400) or a URL that is not ours (404).
    expect([400, 404], payload).toContain(response.status());
    expect(response.headers()["content-type"]).toContain("application/json");
    const text = await response.text();
    expect(text).not.toContain("<script");
    expect(text).not.toContain("<img");
  }
  const sneaky = await request.get(`/api/oembed?url=${encodeURIComponent(`http://localhost:3000/panels/<script>alert(1)</script>`)}`);
  expect(sneaky.status()).toBe(404);
});

const pathLikeIds = [
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2fpackage.json",
  "a%2Fb",
  "%00",
  "%",
  "%E0%A4%A",
  "%FF%FE",
  "x".repeat(5000),
  encodeURIComponent(payloads[0]!),
];

test("path-like, encoded, overlong and non-UTF-8 ids get 404 or 400, never 500", async ({ request }) => {
  for (const base of ["/facts/", "/sources/", "/panels/", "/embed/", "/api/v1/facts/", "/api/v1/sources/", "/api/v1/panels/", "/cite/facts/", "/data/", "/data/panels/"]) {
    for (const id of pathLikeIds) {
      const response = await request.get(`${base}${id}`, { maxRedirects: 0 });
      expect([400, 404], `${base}${id.slice(0, 40)}`).toContain(response.status());
    }
  }
  expect((await request.get("/../../package.json")).status()).toBeLessThan(500);
});

test("a hostile id in a page address renders the 404 page, with nothing injected", async ({ page }) => {
  for (const payload of payloads) {
    const response = await page.goto(`/facts/${encodeURIComponent(payload)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectNothingRan(page);
  }
  // The same route with a real id renders the fact, so the 404s above are about the ids.
  const fact = dataset.facts[0]!;
  expect((await page.goto(`/facts/${fact.id}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fact.statement);
});
