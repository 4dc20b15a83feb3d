// After `next build`: removes Next's runtime from each prerendered page that
// needs none (lib/script-free.ts), in .next/server/app and the standalone
// server's copy. Runs before scripts/csp-headers.ts, which hashes the inline scripts left.
import { readFileSync, writeFileSync } from "node:fs";
import { htmlFiles, prerenderedAppDirs, routeOf } from "@/lib/prerendered";
import { isScriptFreeRoute, stripNextRuntime } from "@/lib/script-free";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

let scriptFree = 0;
const appDirs = prerenderedAppDirs(distDir);
for (const dir of appDirs) {
  for (const file of htmlFiles(dir)) {
    const route = routeOf(file, dir);
    if (!isScriptFreeRoute(route)) continue;
    const original = readFileSync(file, "utf8");
    let html: string;
    try {
      html = stripNextRuntime(original);
    } catch (error) {
      throw new Error(`${route}: ${(error as Error).message}`);
    }
    scriptFree += 1;
    if (html !== original) writeFileSync(file, html);
  }
}
console.log(`prerendered pages: ${scriptFree} pages without Next's runtime (${appDirs.length} copies)`);
