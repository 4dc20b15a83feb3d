// Content-Security-Policy values. Pages are static, so their inline scripts
// (Next's RSC payload) are allowed by hash, computed after the build; pages
// rendered per request get a nonce instead. Never 'unsafe-inline' or
// 'unsafe-eval' for scripts.

export type CspOptions = {
  /** 'sha256-…' sources for the page's inline scripts. */
  hashes?: string[];
  nonce?: string;
  /** Who may frame the response: nobody, or (embeds) anybody. */
  framing: "none" | "any";
};

export function contentSecurityPolicy({ hashes = [], nonce, framing }: CspOptions): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...hashes.map((h) => `'${h}'`)];
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

/** Paths whose responses are embeds and may be framed anywhere. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}
