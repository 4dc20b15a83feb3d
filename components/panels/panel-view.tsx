import { panelBodyMarkup } from "@/lib/chart-markup";
import type { ResolvedPanel } from "@/lib/dataset/select";

/**
 * Any panel: a <section> holding the static HTML the build drew for it
 * (components/panels/panel-body.tsx), inlined as one block. `summary` is the
 * home page's cut (h2, narrow charts, short lists, a link to the panel page);
 * otherwise the whole panel under an h1.
 */
export function PanelView({ resolved, summary = false }: { resolved: ResolvedPanel; summary?: boolean }) {
  const { id } = resolved.panel;
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      data-panel-id={id}
      className="panel-card"
      dangerouslySetInnerHTML={{ __html: panelBodyMarkup(id, summary ? "summary" : "full") }}
    />
  );
}
