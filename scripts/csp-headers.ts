// After `next build`: gives every prerendered page a Content-Security-Policy
// that allows exactly its own inline scripts (Next's RSC payload), by hash.
// Each policy goes into the page's own .meta file, whose headers `next start`
// sends with the prerendered HTML, so pages stay static and no per-request
// code or rule matching runs for them. The standalone server
// (.next/standalone) holds its own copy of the .meta files, made by `next
// build` before this runs, so it gets the same headers. (Responses that are not pages get a
// fixed policy from next.config.js; pages rendered per request get a nonce
// from proxy.ts.)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { contentSecurityPolicy, isEmbedPath } from "@/lib/csp";
import { htmlFiles, routeOf } from "@/lib/prerendered";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const appDir = path.join(distDir, "server", "app");
const standaloneDir = path.join(distDir, "standalone");

// Inline scripts only: not external ones, not JSON-LD data blocks (they do not run).
const inlineScript = /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g;

function hashes(file: string): string[] {
  const html = readFileSync(file, "utf8");
  const found = new Set<string>();
  for (const match of html.matchAll(inlineScript)) {
    found.add(`sha256-${createHash("sha256").update(match[1] ?? "", "utf8").digest("base64")}`);
  }
  return [...found];
}

const pages = [...htmlFiles(appDir)].map((file) => ({ file, route: routeOf(file, appDir), hashes: hashes(file) }));
for (const page of pages) {
  const metaFile = page.file.replace(/\.html$/, ".meta");
  const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { headers?: Record<string, string> };
  const framing = isEmbedPath(page.route) ? "any" : "none";
  meta.headers = { ...meta.headers, "content-security-policy": contentSecurityPolicy({ hashes: page.hashes, framing }) };
  writeFileSync(metaFile, JSON.stringify(meta));
  const standaloneMeta = path.join(standaloneDir, metaFile);
  if (existsSync(standaloneMeta)) writeFileSync(standaloneMeta, JSON.stringify(meta));
}

console.log(`CSP: ${pages.reduce((n, p) => n + p.hashes.length, 0)} inline scripts hashed across ${pages.length} prerendered pages`);
