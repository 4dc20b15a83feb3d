import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const page = await browser.newPage();
await page.goto(process.argv[2]);
console.log(await page.evaluate(() => [...document.querySelectorAll("main > *, main article > *, main section")].map((e) => `${e.tagName}#${e.id}.${e.getAttribute("aria-labelledby") ?? ""} ${e.querySelectorAll("*").length}`).join("\n")));
await browser.close();
