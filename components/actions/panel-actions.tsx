import { ActionSection } from "@/components/actions/action-section";
import { CiteBlock } from "@/components/actions/cite-block";
import { Snippet } from "@/components/actions/snippet";
import type { Citable } from "@/lib/citation/citable";
import { citationFiles } from "@/lib/citation/styles";
import { embedSnippets } from "@/lib/embed/snippets";
import type { Panel } from "@/lib/dataset/schema";
import { routes } from "@/lib/routes";

/** Embed, Cite and Download for one panel; the page prepares the citations. */
export function PanelActions({ panel, siteUrl, citables }: { panel: Panel; siteUrl: string; citables: { panel: Citable; dataset: Citable } }) {
  const snippets = embedSnippets(panel, siteUrl);
  return (
    <div className="mt-6">
      <ActionSection id="embed" title="Embed">
        <p className="max-w-prose text-sm">
          The embedded panel keeps its chart, its table and its source line, and links back here. With the script it
          resizes to fit; the plain iframe has a fixed height. Add <code>?theme=light</code> or <code>?theme=dark</code>{" "}
          to the iframe address to fix the theme.
        </p>
        <Snippet id="embed-script" label="Iframe with automatic height" text={snippets.script} />
        <Snippet id="embed-iframe" label="Plain iframe (fixed height)" text={snippets.iframe} />
        <Snippet id="embed-link" label="Link" text={snippets.link} />
      </ActionSection>
      <ActionSection id="cite" title="Cite">
        <p className="max-w-prose text-sm">
          The access date is the day this page was built; the downloaded files carry the day you download them.
        </p>
        <CiteBlock citable={citables.panel} />
        <CiteBlock citable={citables.dataset} />
      </ActionSection>
      <ActionSection id="download" title="Download">
        <ul className="list-inside list-disc text-sm">
          <li>
            <a href={routes.panelImage(panel.id, "png")} download={`${panel.id}.png`}>
              Image (PNG, 1200 × 630)
            </a>
          </li>
          <li>
            <a href={routes.panelImage(panel.id, "svg")} download={`${panel.id}.svg`}>
              Image (SVG, for print: chart, figures with dates and verdicts, sources)
            </a>
          </li>
          <li>
            <a href={routes.panelCsv(panel.id)} download>
              The panel’s facts (CSV)
            </a>
          </li>
          <li>
            <a href={routes.citation({ kind: "panels", id: panel.id }, citationFiles.bibtex)}>Citation (BibTeX)</a>
          </li>
        </ul>
      </ActionSection>
    </div>
  );
}
