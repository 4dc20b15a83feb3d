// scratch: DOM nodes and flight bytes per route
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
const [origin, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const r of routes) {
  const page = await browser.newPage();
  await page.goto(origin + r);
  const n = await page.evaluate(() => ({ elements: document.querySelectorAll("*").length, flight: [...document.scripts].filter((s) => s.textContent.startsWith("self.__next_f")).reduce((a, s) => a + s.textContent.length, 0), html: document.documentElement.outerHTML.length }));
  console.log(r, JSON.stringify(n));
  await page.close();
}
await browser.close();
