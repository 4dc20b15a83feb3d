// What a report writer pastes: an iframe (fixed height), the same iframe with
// the resizing script, and a plain link. Pure functions of the panel and origin.
import type { Panel } from "@/lib/dataset/schema";
import { absolute, routes } from "@/lib/routes";
import { escapeHtml } from "@/lib/display/html";

export const EMBED_WIDTH = 640;

/** A starting height per view, close to what the panel needs at 640 px wide. */
export function embedHeight(panel: Panel): number {
  switch (panel.view) {
    case "headline":
      return 900;
    case "bar":
      return 620;
    case "share":
      return 560 + panel.facts.length * 70;
    case "series":
      return 720;
    case "recorded":
      return 1000;
    case "timeline":
      return 520;
    case "list":
      return 200 + panel.facts.length * 90;
    case "then-now":
      return 300 + (panel.pairs?.length ?? 0) * 260;
  }
}

export function embedIframe(panel: Panel, origin: string, size = { width: EMBED_WIDTH, height: embedHeight(panel) }): string {
  return (
    `<iframe src="${absolute(routes.embed(panel.id), origin)}" title="${escapeHtml(panel.title)}" ` +
    `width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`
  );
}

export function embedSnippets(panel: Panel, origin: string) {
  return {
    iframe: embedIframe(panel, origin),
    script: `${embedIframe(panel, origin)}\n<script async src="${absolute(routes.embedScript(), origin)}"></script>`,
    link: absolute(routes.panel(panel.id), origin),
  };
}
