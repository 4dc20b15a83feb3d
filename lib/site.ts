// The site's public origin, for absolute URLs in citations, embed snippets,
// images and JSON-LD. Pages are built once, so SITE_URL is read at build time
// (e.g. SITE_URL=https://example.org npm run build).
export const siteName = "Kazakhstan–Israel Relations Dashboard";

/** SITE_URL as an origin (plus any base path), or "" when it is unset or not http(s). */
export function siteOrigin(value: string | undefined = process.env.SITE_URL): string {
  if (!value) return "";
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return "";
    return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** Where the site is served: SITE_URL, or the local server of the quick start. */
export function siteUrl(): string {
  return siteOrigin() || "http://localhost:3000";
}
