// The site's public origin, for the few places that need absolute URLs
// (JSON-LD). Set SITE_URL at build time (e.g. https://example.org); without
// it, URLs stay relative, which JSON-LD resolves against the page's address.

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
