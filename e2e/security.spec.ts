import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";
import { isScriptFreeRoute } from "@/lib/build/script-free";

const panel = dataset.panels.find((p) => p.view === "series")!;
const fact = dataset.facts[0]!;
const pages = ["/", `/facts/${fact.id}`, `/sources/${dataset.meta.primary_source}`, `/panels/${panel.id}`, `/panels`];

test("every response carries the security headers, and no X-Powered-By", async ({ request }) => {
  const data = ["/api/oembed", "/api/v1/facts", "/embed.js", `/panels/${panel.id}/image.png`, "/data/facts.csv", `/cite/panels/${panel.id}.bib`];
  for (const path of [...pages, `/embed/${panel.id}`, "/facts", "/check", "/no-such-page", ...data]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).not.toMatch(/unsafe-eval/);
    if (data.includes(path)) {
      // Not a page: nothing may run.
      expect(csp, path).toContain("default-src 'none'");
    } else {
      const scripts = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
      // A page without Next's runtime (an unknown address's 404 page too) runs no inline script at all;
      // the explorer only Next's, by nonce.
      if (isScriptFreeRoute(path)) expect(scripts, path).toBe("script-src 'self'");
      else expect(scripts, path).toMatch(/^script-src 'self' 'nonce-[^']+'$/);
      expect(scripts, path).not.toMatch(/unsafe-inline/);
    }
  }
});

test("only embeds may be framed or share their browsing context", async ({ request }) => {
  for (const path of pages) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["cross-origin-opener-policy"], path).toBe("same-origin");
  }
  const embed = (await request.get(`/embed/${panel.id}`)).headers();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed["cross-origin-opener-policy"]).toBeUndefined();
});

test("pages run under their policy without a single violation, and stay interactive", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of [...pages, `/embed/${panel.id}`, "/facts/no-such-fact", "/facts?q=oil"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
  // Hydrated: a client component responds.
  await page.goto(`/panels/${panel.id}`);
  await page.locator('details[data-action="embed"] > summary').click();
  await page.locator('pre[data-snippet="embed-link"]').locator("xpath=..").getByRole("button").click();
  await expect(page.locator('pre[data-snippet="embed-link"]').locator("xpath=..").getByRole("status")).not.toHaveText("");
});
