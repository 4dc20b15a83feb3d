import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
await page.goto(url);
console.log(await page.evaluate(() => {
  const out = [];
  const count = (el) => el.querySelectorAll("*").length + 1;
  for (const el of document.querySelectorAll("section[data-panel-id], #overview, nav, details[data-page-nav], header, footer:not(section footer), script[type='application/ld+json']")) out.push(`${(el.id || el.tagName + (el.getAttribute("data-page-nav") ?? "")).padEnd(30)} ${count(el)}  svg:${[...el.querySelectorAll("svg")].reduce((a, s) => a + s.querySelectorAll("*").length, 0)} details:${[...el.querySelectorAll("details.chart-table, details")].reduce((a, s) => a + s.querySelectorAll("*").length, 0)}`);
  out.push("scripts " + document.scripts.length + " total " + document.querySelectorAll("*").length);
  return out.join("\n");
}));
await browser.close();
