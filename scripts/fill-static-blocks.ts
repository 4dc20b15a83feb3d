// After `next build`: writes each static block (lib/static-blocks.ts) into the
// prerendered pages that mark it, in .next/server/app and in the standalone
// server's copy. Runs before scripts/csp-headers.ts (blocks hold no scripts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { blockFile, chartsDir } from "@/lib/chart-files";
import { fillBlocks } from "@/lib/static-blocks";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const appDirs = [path.join(distDir, "server", "app"), path.join(distDir, "standalone", distDir, "server", "app")].filter((dir) => existsSync(dir));

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith(".html")) yield full;
  }
}

const blocks = new Map<string, string | undefined>();
const read = (key: string) => {
  if (!blocks.has(key)) {
    const file = blockFile(key, chartsDir(distDir));
    blocks.set(key, existsSync(file) ? readFileSync(file, "utf8") : undefined);
  }
  return blocks.get(key);
};

let pages = 0;
let filled = 0;
for (const dir of appDirs) {
  for (const file of htmlFiles(dir)) {
    const result = fillBlocks(readFileSync(file, "utf8"), read);
    if (result.filled.length === 0) continue;
    writeFileSync(file, result.html);
    pages += 1;
    filled += result.filled.length;
  }
}
console.log(`static blocks: ${filled} written into ${pages} prerendered pages (${appDirs.length} copies)`);
