import type { ResolvedPanel } from "@/lib/dataset/select";
import { siteName } from "@/lib/site";
import { absolute, routes } from "@/lib/routes";

/** The line that keeps an embedded panel sourced, on screen and on paper. */
export function EmbedSourceLine({ resolved, version }: { resolved: ResolvedPanel; version: string }) {
  const url = absolute(routes.panel(resolved.panel.id));
  const publishers = [...new Set(resolved.sources.map((s) => s.publisher))].join("; ");
  return (
    <p className="mt-2 text-xs text-muted" data-embed-source>
      Source: {publishers}. Compiled and checked by{" "}
      <a href={url} target="_blank" rel="noopener">
        {siteName}
      </a>{" "}
      (dataset version {version}): {url}
    </p>
  );
}
