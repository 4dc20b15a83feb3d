// The public origin of the site, for absolute URLs in citations, embed
// snippets and images. Pages are built once, so it is read at build time.
export const siteName = "Kazakhstan–Israel Relations Dashboard";

export function siteUrl(): string {
  return (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}
