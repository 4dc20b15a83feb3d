// Static blocks: a panel's body or a source page's article, drawn to HTML at
// build time (scripts/render-charts.tsx). React renders each as an empty
// element marked with its key; after `next build`, scripts/finish-prerendered.ts
// writes the block into the prerendered pages. So the page carries its block
// once, as HTML, and not a second time as a string in the inlined RSC payload
// (which doubled the home page's bytes and the browser's parsing). A page that
// React draws in the browser (a client-side navigation) fetches its blocks from
// routes.block(key). Browser-safe: the client component uses it.
import type { PanelBodyVariant } from "@/lib/chart-files";

/** The attribute that marks an element whose content is a static block. */
export const blockAttribute = "data-block";

const keyPattern = /^[a-z0-9][a-z0-9.-]*$/;

export function panelBlockKey(panelId: string, variant: PanelBodyVariant): string {
  return `${panelId}.body-${variant}`;
}

export function sourceBlockKey(sourceId: string): string {
  return `source.${sourceId}`;
}

export function isBlockKey(key: string): boolean {
  return keyPattern.test(key) && !key.includes("..");
}

/** An empty element React rendered for a block: its opening tag, tag name and key. */
const emptyBlock = new RegExp(`(<(section|article|div)\\b[^>]*?\\s${blockAttribute}="([^"]+)"[^>]*>)(</\\2>)`, "g");

/**
 * `html` with every empty block element filled by `read(key)`. Throws on a
 * block that has no content, so a build never ships an empty panel.
 */
export function fillBlocks(html: string, read: (key: string) => string | undefined): { html: string; filled: string[] } {
  const filled: string[] = [];
  const out = html.replace(emptyBlock, (_match, open: string, _tag: string, key: string, close: string) => {
    const block = isBlockKey(key) ? read(key) : undefined;
    if (block === undefined || block === "") throw new Error(`no static block "${key}": scripts/render-charts.tsx draws them before the build`);
    filled.push(key);
    return `${open}${block}${close}`;
  });
  return { html: out, filled };
}
