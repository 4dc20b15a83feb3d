import { ActionSection } from "@/components/actions/action-section";
import { CiteBlock } from "@/components/actions/cite-block";
import { Snippet } from "@/components/actions/snippet";
import { datasetRecord, panelRecord, type CiteContext } from "@/lib/citation/records";
import { embedSnippets } from "@/lib/embed";
import type { Fact, Panel } from "@/lib/dataset/schema";
import { routes } from "@/lib/routes";

/** Embed, Cite and Download for one panel. */
export function PanelActions({ panel, facts, cite }: { panel: Panel; facts: Fact[]; cite: CiteContext }) {
  const snippets = embedSnippets(panel, cite.siteUrl);
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
        <CiteBlock citable={{ key: "panel", heading: "This panel", record: panelRecord(panel, cite, facts), download: { kind: "panels", id: panel.id } }} />
        <CiteBlock citable={{ key: "dataset", heading: "The whole dataset", record: datasetRecord(cite), download: "dataset" }} />
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
            <a href={routes.citation({ kind: "panels", id: panel.id }, "bibtex")}>Citation (BibTeX)</a>
          </li>
        </ul>
      </ActionSection>
    </div>
  );
}
