// A static block as an HTML fragment, for a page React draws in the browser
// (components/shared/static-block.tsx). Prerendered pages carry their blocks already.
import { blockMarkup } from "@/lib/chart-markup";
import { listPanels, listSources } from "@/lib/dataset/queries";
import { panelBodyVariants } from "@/lib/chart-files";
import { panelBlockKey, sourceBlockKey } from "@/lib/static-blocks";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  const variants = Object.keys(panelBodyVariants) as (keyof typeof panelBodyVariants)[];
  return [
    ...listPanels().flatMap((panel) => variants.map((variant) => ({ key: panelBlockKey(panel.id, variant) }))),
    ...listSources().map((source) => ({ key: sourceBlockKey(source.id) })),
  ];
}

export async function GET(_request: Request, context: RouteContext<"/blocks/[key]">) {
  const markup = blockMarkup((await context.params).key);
  if (markup === undefined) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(markup, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
