// The pages `next build` prerendered: their HTML files (in .next/server/app,
// and the standalone server's copy), the route each one answers, and the one
// step that finishes them after the build (scripts/finish-prerendered.ts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isScriptFreeRoute, runtimeLeftIn, stripNextRuntime } from "@/lib/build/script-free";

/** .next/server/app and, when the build made one, the standalone server's copy of it. */
function prerenderedAppDirs(distDir: string): string[] {
  return [path.join(distDir, "server", "app"), path.join(distDir, "standalone", distDir, "server", "app")].filter((dir) => existsSync(dir));
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith(".html")) yield full;
  }
}

/** The route a prerendered file answers: route groups such as "(site)" are not part of the URL. */
function routeOf(file: string, appDir: string): string {
  const segments = path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  return segments.length === 1 && segments[0] === "index" ? "/" : `/${segments.join("/")}`;
}

/** Every page (not route handler) Next says it prerendered, from its prerender-manifest.json. */
function prerenderedPages(distDir: string): string[] {
  const file = path.join(distDir, "prerender-manifest.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`next build\` first`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { routes?: Record<string, { routeType?: string }> };
  if (!manifest.routes) throw new Error(`${file} has no "routes": has Next changed its manifest? See "Upgrading Next" in the README`);
  return Object.entries(manifest.routes)
    .filter(([, route]) => route.routeType === "page")
    .map(([route]) => route);
}

type Finished = { original: string; html: string };

/** Strips one page file in place and returns what it held and holds now; `twin` is the same page already stripped in another copy. */
function finishPage(file: string, route: string, dir: string, problems: string[], twin?: Finished): Finished {
  const original = readFileSync(file, "utf8");
  let html: string;
  if (twin && twin.original === original) html = twin.html;
  else {
    try {
      html = stripNextRuntime(original);
    } catch (error) {
      throw new Error(`${route}: ${(error as Error).message}`);
    }
    for (const left of runtimeLeftIn(html)) problems.push(`${route} (${dir}) still holds ${left}`);
  }
  if (html !== original) writeFileSync(file, html);
  return { original, html };
}

/**
 * Removes Next's runtime from every script-free prerendered page, in every
 * copy, then checks what it promised: each page Next prerendered was found
 * and processed, and none keeps a script of Next's or its RSC payload.
 * Throws (and so fails the build) otherwise, naming the pages.
 */
export function finishPrerendered(distDir: string): { pages: number; copies: number } {
  const expected = new Set(prerenderedPages(distDir).filter(isScriptFreeRoute));
  if (expected.size === 0) throw new Error("Next's manifest lists no prerendered page: has it changed? See \"Upgrading Next\" in the README");
  const copies = prerenderedAppDirs(distDir);
  const problems: string[] = [];
  const processed = copies.map(() => new Set<string>());
  copies.forEach((dir, index) => {
    for (const file of htmlFiles(dir)) {
      const route = routeOf(file, dir);
      if (!isScriptFreeRoute(route) || processed[index]!.has(route)) continue;
      const done = finishPage(file, route, dir, problems);
      processed[index]!.add(route);
      // The standalone server's pages are copies of .next's: a page found the
      // same in a later copy is stripped once (at 100× data, ~40,000 files).
      copies.slice(index + 1).forEach((later, offset) => {
        const twin = path.join(later, path.relative(dir, file));
        if (!existsSync(twin)) return;
        finishPage(twin, route, later, problems, done);
        processed[index + 1 + offset]!.add(route);
      });
    }
  });
  copies.forEach((dir, index) => {
    const missing = [...expected].filter((route) => !processed[index]!.has(route));
    if (missing.length > 0) problems.push(`${dir}: ${missing.length} of the ${expected.size} prerendered pages were not found (${missing.slice(0, 5).join(", ")})`);
    const unexpected = [...processed[index]!].filter((route) => !expected.has(route));
    if (unexpected.length > 0) problems.push(`${dir}: pages Next's manifest does not list (${unexpected.slice(0, 5).join(", ")})`);
  });
  if (copies.length === 0) problems.push(`${distDir} holds no prerendered pages (server/app)`);
  if (problems.length > 0) throw new Error(`the pages without Next's runtime are not what was promised:\n- ${problems.join("\n- ")}\nSee "Upgrading Next" in the README.`);
  return { pages: expected.size, copies: copies.length };
}
