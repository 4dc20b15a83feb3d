// Gzipped JavaScript each route loads in Chromium: every script the page
// requests while loading, fetched again with gzip to count its bytes.
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath, gzipBytes } from "./lib.mjs";

export async function measureJsWeight(origin, routes) {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results = {};
  try {
    for (const route of routes) {
      const page = await browser.newPage();
      const scripts = new Set();
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.add(response.url());
      });
      await page.goto(origin + route, { waitUntil: "networkidle" });
      await page.close();
      let bytes = 0;
      for (const url of scripts) bytes += await gzipBytes(url);
      results[route] = { bytes, scripts: scripts.size };
    }
  } finally {
    await browser.close();
  }
  return results;
}
