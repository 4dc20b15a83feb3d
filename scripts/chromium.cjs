// The one place that says which Chromium the browser tests, the benchmarks and
// the screenshot script drive, and how: Debian's build where there is one,
// with the flags a machine without outside network needs.
const { existsSync } = require("node:fs");

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

module.exports = { chromiumPath, chromiumArgs };
