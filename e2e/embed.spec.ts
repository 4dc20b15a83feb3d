import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";

const panel = dataset.panels.find((p) => p.view === "bar")!;

// A page on another origin (its own port) that embeds the panel both ways.
let host: Server;
let hostOrigin = "";
test.beforeAll(async ({ baseURL }) => {
  host = createServer((request, response) => {
    const pages: Record<string, string> = {
      "/framed-home": `<!doctype html><title>Framing home</title><iframe id="home" src="${baseURL}/" width="600" height="400"></iframe>`,
      "/report": `<!doctype html><title>A report</title><h1>Our report</h1>
<iframe id="scripted" src="${baseURL}/embed/${panel.id}" width="640" height="300" style="border:0"></iframe>
<script async src="${baseURL}/embed.js"></script>`,
      "/plain": `<!doctype html><title>A plain report</title><h1>Our report</h1>
<iframe id="plain" src="${baseURL}/embed/${panel.id}?theme=dark" width="640" height="300" style="border:0"></iframe>`,
    };
    const html = pages[request.url ?? ""] ?? "<!doctype html><title>Not here</title>";
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test("a page on another origin embeds a panel; the script resizes its iframe to the content", async ({ page }) => {
  await page.goto(`${hostOrigin}/report`);
  const scripted = page.frameLocator("#scripted");
  await expect(scripted.getByRole("heading", { level: 1 })).toHaveText(panel.title);
  await expect(scripted.locator("[data-embed-source]")).toContainText("Source:");
  await expect(scripted.locator("[data-chart] [data-layout='wide'] svg")).toHaveCount(1);

  // The content is taller than the 300 px the host gave it; the script grows the iframe to fit.
  await expect
    .poll(async () => page.locator("#scripted").evaluate((el) => el.getBoundingClientRect().height))
    .toBeGreaterThan(400);
  const frameHeight = await page.locator("#scripted").evaluate((el) => el.getBoundingClientRect().height);
  const contentHeight = await scripted.locator("html").evaluate((el) => el.getBoundingClientRect().height);
  expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
});

test("the plain iframe keeps its fixed height and honours ?theme=dark", async ({ page }) => {
  await page.goto(`${hostOrigin}/plain`);
  const plain = page.frameLocator("#plain");
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(panel.title);
  await expect(plain.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await page.locator("#plain").evaluate((el) => el.getBoundingClientRect().height)).toBe(300);
});

test("embeds may be framed by any site; other routes refuse framing", async ({ page, request }) => {
  const embed = await request.get(`/embed/${panel.id}`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  for (const path of ["/", `/panels/${panel.id}`, `/facts/${dataset.facts[0]!.id}`, "/api/oembed"]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  await page.goto(`${hostOrigin}/framed-home`);
  const framed = page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/);
});

test.describe("oEmbed", () => {
  test("answers a panel URL with a rich response sized to maxwidth and maxheight", async ({ request, baseURL }) => {
    const response = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/panels/${panel.id}`)}&format=json&maxwidth=480&maxheight=300`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", title: panel.title, width: 480, height: 300 });
    expect(body.html).toContain(`${baseURL}/embed/${panel.id}`);
  });

  test("pages carry a discovery link that resolves", async ({ page, request, baseURL }) => {
    for (const path of [`/panels/${panel.id}`, `/facts/${dataset.facts[0]!.id}`]) {
      await page.goto(path);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
      expect(href, path).toBeTruthy();
      const url = new URL(href!);
      const response = await request.get(`${baseURL}${url.pathname}${url.search}`);
      expect(response.status(), path).toBe(200);
      expect((await response.json()).type).toBe("rich");
    }
  });

  for (const [name, query, status] of [
    ["a URL of another site", `url=${encodeURIComponent("https://example.com/panels/x")}`, 404],
    ["an unknown panel", `url=${encodeURIComponent("http://localhost:3000/panels/no-such-panel")}`, 404],
    ["format=xml", `url=${encodeURIComponent("http://localhost:3000/panels/oil-share")}&format=xml`, 501],
    ["no url", "format=json", 400],
    ["a malformed maxwidth", `url=${encodeURIComponent("http://localhost:3000/panels/oil-share")}&maxwidth=wide`, 400],
  ] as const) {
    test(`answers ${name} with ${status} and a JSON message`, async ({ request }) => {
      const response = await request.get(`/api/oembed?${query}`);
      expect(response.status()).toBe(status);
      expect(typeof (await response.json()).error).toBe("string");
    });
  }
});

test("the panel image is a valid 1200×630 PNG", async ({ request }) => {
  const response = await request.get(`/panels/${panel.id}/image.png`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("copy buttons put the shown snippet and citation on the clipboard", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/panels/${panel.id}`);
  for (const [section, snippet] of [
    ["embed", "embed-iframe"],
    ["cite", "cite-panel-apa"],
    ["cite", "cite-panel-bibtex"],
  ] as const) {
    await page.locator(`details[data-action="${section}"] > summary`).evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
    const pre = page.locator(`pre[data-snippet="${snippet}"]`);
    const expected = await pre.textContent();
    await pre.locator("xpath=..").getByRole("button").click();
    await expect(pre.locator("xpath=..").getByRole("status")).toHaveText("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
});

test("citation downloads are files named for their format", async ({ request }) => {
  for (const [extension, marker] of [["bib", "@misc{"], ["ris", "TY  - "], ["json", '"URL"']] as const) {
    const response = await request.get(`/cite/panels/${panel.id}.${extension}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain(`attachment; filename="panel-${panel.id}.${extension}"`);
    const body = await response.text();
    expect(body).toContain(marker);
    expect(body).toContain(`/panels/${panel.id}`);
  }
  expect((await request.get("/cite/panels/no-such-panel.bib")).status()).toBe(404);
});

test("every panel has a panel page and an embed, and unknown ids get 404", async ({ request }) => {
  for (const p of dataset.panels) {
    expect((await request.get(`/panels/${p.id}`)).status(), p.id).toBe(200);
    expect((await request.get(`/embed/${p.id}`)).status(), p.id).toBe(200);
  }
  expect((await request.get("/panels/no-such-panel")).status()).toBe(404);
  expect((await request.get("/embed/no-such-panel")).status()).toBe(404);
});
