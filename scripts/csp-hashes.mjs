// After `next build`: hashes every inline <script> of every prerendered page
// into <distDir>/csp-hashes.json ({ "/facts/x": ["sha256-…"] }), which the
// proxy turns into each page's Content-Security-Policy.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const appDir = path.join(distDir, "server", "app");

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith(".html")) yield full;
  }
}

function routeOf(file) {
  const relative = path.relative(appDir, file).replace(/\.html$/, "").split(path.sep);
  // Route groups such as "(site)" are not part of the URL.
  const segments = relative.filter((s) => !/^\(.*\)$/.test(s));
  if (segments.length === 1 && segments[0] === "index") return "/";
  return "/" + segments.join("/");
}

const inlineScript = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;
const manifest = {};
let count = 0;
for (const file of htmlFiles(appDir)) {
  const html = readFileSync(file, "utf8");
  const hashes = new Set();
  for (const match of html.matchAll(inlineScript)) {
    hashes.add(`sha256-${createHash("sha256").update(match[1], "utf8").digest("base64")}`);
  }
  manifest[routeOf(file)] = [...hashes];
  count += hashes.size;
}
writeFileSync(path.join(distDir, "csp-hashes.json"), JSON.stringify(manifest));
console.log(`CSP: hashed ${count} inline scripts across ${Object.keys(manifest).length} prerendered pages`);
