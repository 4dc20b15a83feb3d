// The one step after `next build`: removes Next's runtime from the prerendered
// pages and fails the build unless every page Next prerendered came out
// without it (lib/build/prerendered.ts).
import { finishPrerendered } from "@/lib/build/prerendered";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
try {
  const { pages, copies } = finishPrerendered(distDir);
  console.log(`prerendered pages: ${pages} pages without Next's runtime, checked in ${copies} copies`);
} catch (error) {
  console.error(`scripts/finish-prerendered.ts: ${(error as Error).message}`);
  process.exit(1);
}
