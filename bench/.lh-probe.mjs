// scratch: one Lighthouse run, main-thread breakdown
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "./lib.mjs";
const [origin, ...routes] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumArgs] });
try {
  for (const route of routes) {
    const { lhr } = await lighthouse(origin + route, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const a = lhr.audits;
    console.log(route, "perf", Math.round(lhr.categories.performance.score * 100), "TBT", Math.round(a["total-blocking-time"].numericValue), "LCP", Math.round(a["largest-contentful-paint"].numericValue), "FCP", Math.round(a["first-contentful-paint"].numericValue), "SI", Math.round(a["speed-index"].numericValue), "DOM", a["dom-size"]?.numericValue);
    console.log("  mainthread:", (a["mainthread-work-breakdown"].details?.items ?? []).map((i) => `${i.group}=${Math.round(i.duration)}`).join(" "));
    console.log("  bootup:", (a["bootup-time"].details?.items ?? []).slice(0, 4).map((i) => `${i.url.split("/").pop()}:${Math.round(i.scripting)}`).join(" "));
    console.log("  long tasks:", (a["long-tasks"]?.details?.items ?? []).slice(0, 6).map((i) => `${(i.url||"").split("/").pop()}@${Math.round(i.startTime)}:${Math.round(i.duration)}`).join(" "));
  }
} finally { await chrome.kill(); }
