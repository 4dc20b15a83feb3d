// Every address of the site, built here and nowhere else (ESLint forbids
// hand-built ones in app/, components/ and lib/; tests/routes.test.ts checks
// each builder against the App Router's route files). Paths are root-relative;
// absolute() adds SITE_URL, or the origin given, for snippets, citations,
// feeds, JSON-LD and oEmbed. Browser-safe: client components use it too. A
// leaf: it imports no feature module (callers pass a download's file name, a
// citation file's extension), so every module can build addresses.
import { siteUrl } from "@/lib/site";

/** The id of a highlighted quote on a source page: the fact's link and the mark must agree. */
export function quoteAnchor(factId: string): string {
  return `quote-${factId}`;
}

/** The id of a highlighted piece of evidence (`index` counts from 0) on a source page. */
export function evidenceAnchor(factId: string, index: number): string {
  return `evidence-${factId}-${index + 1}`;
}

/** The id of a data row on a table's page. */
export function tableRowAnchor(row: number): string {
  return `row-${row}`;
}

/** The id of a release's section on /changes (kept for links made before releases had their own pages). */
export function releaseAnchor(version: string): string {
  return `v${version}`;
}

export type CitationTarget = "dataset" | { kind: "panels" | "facts" | "sources"; id: string };

const withSearch = (path: string, search: string) => (search ? `${path}?${search}` : path);
const withHash = (path: string, hash: string | undefined) => (hash ? `${path}#${hash}` : path);

export const routes = {
  home: () => "/",
  about: (hash?: "downloads") => withHash("/about", hash),
  apiDocs: () => "/api-docs",
  /** `search` is an encoded query string (URLSearchParams.toString()), without "?". */
  explorer: (search = "") => withSearch("/facts", search),
  fact: (id: string) => `/facts/${id}`,
  check: () => "/check",
  source: (id: string, anchor?: string) => withHash(`/sources/${id}`, anchor),
  quoteInSource: (fact: { id: string; quote: { source: string } }): string => routes.source(fact.quote.source, quoteAnchor(fact.id)),
  evidenceInSource: (factId: string, sourceId: string, index: number): string => routes.source(sourceId, evidenceAnchor(factId, index)),
  /** A statistical table; `row` (from 1) highlights that data row, as a source page highlights a passage. */
  table: (id: string, row?: number) => withHash(`/tables/${id}`, row === undefined ? undefined : tableRowAnchor(row)),
  panels: () => "/panels",
  panel: (id: string) => `/panels/${id}`,
  panelImage: (id: string, format: "png" | "svg" = "png") => `/panels/${id}/image.${format}`,
  embed: (id: string) => `/embed/${id}`,
  embedScript: () => "/embed.js",
  /** The script inside an embed: ?theme= and its height for /embed.js. */
  embedFrameScript: () => "/embed-frame.js",
  /** The copy buttons' script (components/actions/copy-button.tsx). */
  copyScript: () => "/copy.js",
  /** All releases, or one release's page with every change it made. */
  changes: (version?: string) => (version === undefined ? "/changes" : `/changes/${encodeURIComponent(version)}`),
  /** A release's section on /changes: the address releases had before their own pages, kept as the Atom entries' ids. */
  releaseSection: (version: string) => withHash("/changes", releaseAnchor(version)),
  changesFeed: () => "/changes.xml",
  /** `file`: one of lib/open-data/downloads.ts's files. */
  download: (file: string) => `/data/${file}`,
  panelCsv: (id: string) => `/data/panels/${id}.csv`,
  /** `file`: one of lib/citation/styles.ts's citationFiles, which names its extension. */
  citation: (target: CitationTarget, { extension }: { extension: string }) =>
    target === "dataset" ? `/cite/dataset.${extension}` : `/cite/${target.kind}/${target.id}.${extension}`,
  api: {
    facts: (search = "") => withSearch("/api/v1/facts", search),
    fact: (id: string) => `/api/v1/facts/${id}`,
    check: () => "/api/v1/check",
    sources: () => "/api/v1/sources",
    source: (id: string) => `/api/v1/sources/${id}`,
    panels: () => "/api/v1/panels",
    series: () => "/api/v1/series",
    panel: (id: string) => `/api/v1/panels/${id}`,
    changes: () => "/api/v1/changes",
    openapi: () => "/api/v1/openapi.json",
    health: () => "/api/health",
    /** `url` is the absolute address of a page to embed. */
    oembed: (url: string) => `/api/oembed?format=json&url=${encodeURIComponent(url)}`,
  },
} as const;

/** `path` (root-relative) under SITE_URL, or under `origin` (no trailing slash) when given. */
export function absolute(path: string, origin: string = siteUrl()): string {
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}
