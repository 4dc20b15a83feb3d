import type { ResolvedPanel } from "@/lib/dataset/select";
import { sourcesSentence } from "@/lib/display/publishers";
import { siteName } from "@/lib/site";
import { absolute, routes } from "@/lib/routes";

/** The line that keeps an embedded panel sourced, on screen and on paper. */
export function EmbedSourceLine({ resolved, version }: { resolved: ResolvedPanel; version: string }) {
  const url = absolute(routes.panel(resolved.panel.id));
  return (
    <p className="mt-2 text-xs text-muted" data-embed-source>
      {sourcesSentence(resolved.sources)} Compiled and checked by{" "}
      <a href={url} target="_blank" rel="noopener">
        {siteName}
      </a>{" "}
      (dataset version {version}): {url}
    </p>
  );
}
