// The text checker in a browser, with JavaScript (live results as the reader
// types) and without (the form posts and the server renders the result), and
// its API's answers to good and bad bodies.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./a11y";
import { dataset } from "./dataset";

const official = dataset.facts.find((f) => f.id === "tokayev-official-vote-share")!;
const text = "Kassym-Jomart Tokayev won 70.13% of the vote. The turnout was 77.4% in the Almaty region.";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts the text and the server lists each sentence, the fact it asserts and the figure that differs", async ({ page }) => {
    await page.goto("/check");
    await page.getByRole("textbox", { name: /Text to check/ }).fill(text);
    await page.getByRole("button", { name: "Check the text" }).click();
    const items = page.getByRole("region", { name: "Result" }).locator("ol > li");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0).getByRole("link", { name: official.statement })).toHaveAttribute("href", `/facts/${official.id}`);
    await expect(items.nth(0).getByTestId("figure-differs")).toContainText("this text: 70.13%; sourced figure: 70.96%");
    // A region's turnout is not the national one: that sentence stays plain.
    await expect(items.nth(1)).toHaveAttribute("data-matched", "false");
    await expect(page).toHaveURL(/\/check$/);
  });
});

test.describe("with JavaScript", () => {
  test("typing a text shows live results, without a submit and without the text in the address", async ({ page }) => {
    await page.goto("/check");
    await page.getByRole("textbox", { name: /Text to check/ }).pressSequentially("Tokayev won 70.13% of the vote.", { delay: 10 });
    const result = page.getByRole("region", { name: "Result" });
    await expect(result.getByRole("link", { name: official.statement })).toBeVisible();
    await expect(result.getByTestId("figure-differs")).toContainText("this text: 70.13%");
    await expect(page).toHaveURL(/\/check$/);
    await page.getByRole("button", { name: "Make a link to this check" }).click();
    await expect(page).toHaveURL(/\/check#text=Tokayev%20won/);
    await expectNoA11yViolations(page);
  });
});

test.describe("POST /api/v1/check", () => {
  test("answers 200 with sentences and matches, 400 for an empty or malformed body, 413 over 50,000 characters", async ({ request }) => {
    const ok = await request.post("/api/v1/check", { data: { text } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.version).toBe(dataset.meta.version);
    expect(body.sentences.map((s: { start: number; end: number }) => text.slice(s.start, s.end))).toEqual([
      "Kassym-Jomart Tokayev won 70.13% of the vote.",
      "The turnout was 77.4% in the Almaty region.",
    ]);
    expect(body.sentences[0].matches[0]).toMatchObject({ fact: official.id, verdict: official.verdict.rating, figure: { in_text: "70.13%", differs: true } });
    expect(body.sentences[1].matches).toEqual([]);
    expect(ok.headers()["cache-control"]).toBe("no-store");

    for (const data of [{ text: "" }, "not json", { other: 1 }]) {
      const bad = await request.post("/api/v1/check", { data, headers: { "Content-Type": "application/json" } });
      expect(bad.status()).toBe(400);
      expect((await bad.json()).message).toBeTruthy();
    }
    const big = await request.post("/api/v1/check", { data: { text: "a".repeat(50_001) } });
    expect(big.status()).toBe(413);
    expect((await big.json()).error).toBe("too_large");
  });
});
