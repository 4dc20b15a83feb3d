// Content-Security-Policy values. Prerendered pages run no inline script (the
// step after the build removed Next's, scripts/finish-prerendered.ts), so one
// static policy, set in next.config.js, serves them all; the page rendered per
// request (the explorer) gets a nonce from proxy.ts for Next's scripts. Never
// 'unsafe-inline' or 'unsafe-eval' for scripts.
// CommonJS so next.config.js can read it as well as proxy.ts.

/**
 * @param {{ nonce?: string, framing: "none" | "any" }} options who may frame
 *   the response: nobody, or (embeds) anybody.
 */
function contentSecurityPolicy({ nonce, framing }) {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React and recharts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framing === "any" ? "*" : "'none'"}`,
  ].join("; ");
}

/** For responses that are not pages (data, scripts, images): nothing may run or frame them. */
const nothingRuns = "default-src 'none'; frame-ancestors 'none'";

module.exports = { contentSecurityPolicy, nothingRuns };
