// Pages ship without Next's runtime: every page is static HTML that works
// without JavaScript (panels and source articles are static blocks,
// lib/static-blocks.ts), so React in the browser would only hydrate what is
// already there and move between pages without reloading them. After
// `next build`, scripts/finish-prerendered.ts removes from each prerendered
// page Next's scripts, their preloads and the inlined RSC payload. Links are
// then ordinary links. Our own small scripts stay: the copy buttons'
// (/copy.js) and an embed's height (/embed-frame.js); so does JSON-LD.
import { routes } from "@/lib/routes";

/** The pages that run React in the browser, each rendered per request, never prerendered: the explorer, whose results follow the search as you type, and the text checker, whose results follow the text. */
const reactRoutes = new Set([routes.explorer(), routes.check()]);

/** Whether the page at `route` ships without Next's runtime. Next's own pages (/_not-found, /_global-error) are left as Next made them. */
export function isScriptFreeRoute(route: string): boolean {
  return !reactRoutes.has(route) && !route.startsWith("/_");
}

const nextScript = /<script(?![^>]*\btype="application\/ld\+json")(?:(?![^>]*\bsrc=)|(?=[^>]*\bsrc="\/_next\/))[^>]*>[\s\S]*?<\/script>/g;
const nextScriptPreload = /<link rel="preload" as="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/>/g;
// What would not work once React is gone: controls that need a handler, and
// Suspense content streamed in hidden and moved into place by a script.
// (A copy button, data-copy, is worked by /copy.js.)
const needsScript = [/<button\b(?![^>]*\bdata-copy=)/, /<template\b/, /<div hidden id="S:/];

/** `html` without Next's runtime. Throws on a page that needs it. */
export function stripNextRuntime(html: string): string {
  const found = needsScript.find((pattern) => pattern.test(html));
  if (found) throw new Error(`a script-free page cannot hold ${found.source}: it needs React in the browser`);
  return html.replace(nextScript, "").replace(nextScriptPreload, "");
}
