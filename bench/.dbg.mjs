import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
await page.goto("http://127.0.0.1:3710/");
await page.locator("details").evaluateAll((all) => all.forEach((d) => d.setAttribute("open", "")));
const id = "kazakhstan-supplies-quarter-of-israels-fuel";
console.log(await page.locator(`[data-fact-id="${id}"], tr:has(a[href="/facts/${id}"])`).evaluateAll((els) => els.map((e) => `${e.tagName} ${e.closest("section")?.id} [${e.innerText.slice(0, 80)}] ${getComputedStyle(e).display} ${e.checkVisibility()}`)));
await browser.close();
