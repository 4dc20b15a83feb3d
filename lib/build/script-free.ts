// Pages ship without Next's runtime: every page is static HTML that works
// without JavaScript (panels and source articles are server components, with
// no client parts), so React in the browser would only hydrate what is
// already there and move between pages without reloading them. After
// `next build`, scripts/finish-prerendered.ts removes from each prerendered
// page Next's scripts, their preloads and the inlined RSC payload (which
// repeats the page's HTML). Links are ordinary links. Our own small scripts
// stay: the copy buttons' (/copy.js) and an embed's height (/embed-frame.js);
// so does JSON-LD.
import { routes } from "@/lib/routes";

/** The pages that run React in the browser, each rendered per request, never prerendered: the explorer, whose results follow the search as you type, and the text checker, whose results follow the text. */
const reactRoutes = new Set([routes.explorer(), routes.check()]);

/** Whether the page at `route` ships without Next's runtime. */
export function isScriptFreeRoute(route: string): boolean {
  return !reactRoutes.has(route);
}

const nextScript = /<script(?![^>]*\btype="application\/ld\+json")(?:(?![^>]*\bsrc=)|(?=[^>]*\bsrc="\/_next\/))[^>]*>[\s\S]*?<\/script>/g;
const nextScriptPreload = /<link rel="preload" as="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/>/g;
// What would not work once React is gone: controls that need a handler, and
// Suspense content streamed in hidden and moved into place by a script.
// (A copy button, data-copy, is worked by /copy.js; a submit button, such as
// the reload button of Next's error page, by its form.)
const needsScript = [/<button\b(?![^>]*\bdata-copy=)(?![^>]*\btype="submit")/, /<template\b/, /<div hidden id="S:/];

/** `html` without Next's runtime. Throws on a page that needs it. */
export function stripNextRuntime(html: string): string {
  const found = needsScript.find((pattern) => pattern.test(html));
  if (found) throw new Error(`a script-free page cannot hold ${found.source}: it needs React in the browser`);
  return html.replace(nextScript, "").replace(nextScriptPreload, "");
}

/**
 * What is left of Next's runtime in a page, found by name and not by the
 * markup around it: if Next changes how it writes its scripts, the strip above
 * stops matching and this still sees them.
 */
export function runtimeLeftIn(html: string): string[] {
  const left: string[] = [];
  const chunk = /\/_next\/static\/chunks\/[^"'\s<>]*\.js\b/.exec(html);
  if (chunk) left.push(`a script of Next's (${chunk[0]})`);
  if (html.includes("__next_f")) left.push("the RSC payload (self.__next_f)");
  return left;
}
