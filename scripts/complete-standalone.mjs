// After `next build`: the standalone server (.next/standalone/server.js) serves
// /_next/static and public/ only if they sit beside it, and `next build` leaves
// that copy to us. Then `node .next/standalone/server.js` runs the whole site,
// as the Dockerfile and deploy/ do.
import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const standalone = path.join(distDir, "standalone");
if (!existsSync(path.join(standalone, "server.js"))) {
  console.error(`no ${standalone}/server.js: is output "standalone" set in next.config.js?`);
  process.exit(1);
}
for (const [from, to] of [
  [path.join(distDir, "static"), path.join(standalone, distDir, "static")],
  ["public", path.join(standalone, "public")],
]) {
  rmSync(to, { recursive: true, force: true });
  if (existsSync(from)) cpSync(from, to, { recursive: true });
}
console.log(`standalone: ${standalone}/server.js is complete`);
