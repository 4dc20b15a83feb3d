import { StaticBlock } from "@/components/shared/static-block";
import type { ResolvedPanel } from "@/lib/dataset/select";
import { panelBlockKey } from "@/lib/static-blocks";

/**
 * Any panel: a <section> holding the static HTML the build drew for it
 * (components/panels/panel-body.tsx), written into the page after the build
 * (lib/static-blocks.ts). `summary` is the home page's cut (h2, narrow charts,
 * short lists, a link to the panel page); otherwise the whole panel under an h1.
 */
export function PanelView({ resolved, summary = false }: { resolved: ResolvedPanel; summary?: boolean }) {
  const { id } = resolved.panel;
  return (
    <StaticBlock
      as="section"
      blockKey={panelBlockKey(id, summary ? "summary" : "full")}
      id={id}
      aria-labelledby={`${id}-title`}
      data-panel-id={id}
      data-view={resolved.panel.view}
      className="panel-card"
    />
  );
}
