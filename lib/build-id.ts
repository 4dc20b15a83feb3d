// The id `next build` gave this build: the same on every instance serving it,
// so a load balancer or a deploy script can tell which build answers.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

export function buildId(): string {
  // `next start` and the standalone server both run from the folder holding the build.
  cached ??= readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8").trim();
  return cached;
}
