// After `next build`, in each prerendered page (.next/server/app and the
// standalone server's copy): writes in its static blocks (lib/static-blocks.ts)
// and, on the pages that need none (lib/script-free.ts), removes Next's
// runtime. Runs before scripts/csp-headers.ts, which hashes the inline scripts left.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { blockFile, chartsDir } from "@/lib/chart-files";
import { htmlFiles, prerenderedAppDirs, routeOf } from "@/lib/prerendered";
import { isScriptFreeRoute, stripNextRuntime } from "@/lib/script-free";
import { fillBlocks } from "@/lib/static-blocks";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

const blocks = new Map<string, string | undefined>();
const readBlock = (key: string) => {
  if (!blocks.has(key)) {
    const file = blockFile(key, chartsDir(distDir));
    blocks.set(key, existsSync(file) ? readFileSync(file, "utf8") : undefined);
  }
  return blocks.get(key);
};

let filled = 0;
let scriptFree = 0;
const appDirs = prerenderedAppDirs(distDir);
for (const dir of appDirs) {
  for (const file of htmlFiles(dir)) {
    const original = readFileSync(file, "utf8");
    const withBlocks = fillBlocks(original, readBlock);
    filled += withBlocks.filled.length;
    const route = routeOf(file, dir);
    let html = withBlocks.html;
    if (isScriptFreeRoute(route)) {
      try {
        html = stripNextRuntime(html);
      } catch (error) {
        throw new Error(`${route}: ${(error as Error).message}`);
      }
      scriptFree += 1;
    }
    if (html !== original) writeFileSync(file, html);
  }
}
console.log(`prerendered pages: ${filled} static blocks written in, ${scriptFree} pages without Next's runtime (${appDirs.length} copies)`);
