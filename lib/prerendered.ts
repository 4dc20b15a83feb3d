// The pages `next build` prerendered: their HTML files (in .next/server/app,
// and the standalone server's copy) and the route each one answers. Read by
// the scripts that finish them after the build.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** .next/server/app and, when the build made one, the standalone server's copy of it. */
export function prerenderedAppDirs(distDir: string): string[] {
  return [path.join(distDir, "server", "app"), path.join(distDir, "standalone", distDir, "server", "app")].filter((dir) => existsSync(dir));
}

export function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* htmlFiles(full);
    else if (name.endsWith(".html")) yield full;
  }
}

/** The route a prerendered file answers: route groups such as "(site)" are not part of the URL. */
export function routeOf(file: string, appDir: string): string {
  const segments = path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  return segments.length === 1 && segments[0] === "index" ? "/" : `/${segments.join("/")}`;
}
