// `node scripts/screenshots.mjs [baseURL] [outDir] [path…]`: screenshots of
// pages in light, dark and at 360 px, plus a printed PDF, for looking at
// what we build. Needs the production server running (npm start).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import settings from "./chromium.cjs";

const [base = "http://127.0.0.1:3000", out = "/tmp/shots", ...paths] = process.argv.slice(2);
const routes = paths.length > 0 ? paths : ["/"];
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: settings.chromiumPath, args: settings.chromiumArgs });
for (const route of routes) {
  const name = route.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
  for (const [label, options] of [
    ["light", { viewport: { width: 1280, height: 900 }, colorScheme: "light" }],
    ["dark", { viewport: { width: 1280, height: 900 }, colorScheme: "dark" }],
    ["360", { viewport: { width: 360, height: 740 }, colorScheme: "light" }],
  ]) {
    const page = await browser.newPage(options);
    await page.goto(base + route);
    await page.screenshot({ path: path.join(out, `${name}-${label}.png`), fullPage: true });
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(base + route);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: path.join(out, `${name}.pdf`), format: "A4", printBackground: true });
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
