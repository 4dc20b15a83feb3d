// Every panel's SVG download and PNG picture, drawn from the real data: each
// keeps the panel note, every figure's date in English, and whole phrases.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PanelSvg } from "@/components/charts/panel-svg";
import { PanelImage } from "@/components/panels/panel-image";
import { loadDataset } from "@/lib/dataset/load";
import { resolvePanel } from "@/lib/dataset/select";
import { formatAsOf } from "@/lib/display/figure-date";
import { formatPartialDate } from "@/lib/dataset/partial-date";
import type { Fact } from "@/lib/dataset/schema";

const dataset = loadDataset("data");

const decode = (text: string) =>
  text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** The words of the markup as a reader sees them: lines joined by spaces. */
const words = (markup: string) => decode(markup.replace(/<\/(tspan|div|text)>/g, " ").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

// How a reader expects a figure's date to read: "as of June 2019" for an exact date, the words alone otherwise.
const datePhrase = (fact: Fact) => (fact.figure!.as_of.kind === "exact" ? `as of ${formatAsOf(fact.figure!.as_of)}` : formatAsOf(fact.figure!.as_of));

const cases = dataset.panels.map((panel) => [panel.id, resolvePanel(panel, dataset)] as const);

describe.each(cases)("the %s panel's SVG download", (_id, resolved) => {
  const text = words(renderToStaticMarkup(<PanelSvg resolved={resolved} version={dataset.meta.version} chart={null} />));

  it("carries the panel note in full", () => {
    if (resolved.panel.note) expect(text).toContain(squash(`Note: ${resolved.panel.note}`));
  });

  it("gives every row whole, with its date in English, and a claim without a figure starts with its words", () => {
    for (const fact of resolved.facts) {
      if (fact.figure) {
        expect(text).toContain(squash(fact.figure.measure));
        expect(text).toContain(datePhrase(fact));
      } else if (fact.event) {
        expect(text).toContain(`${formatPartialDate(fact.event.date)}`);
        expect(text).toContain(squash(fact.statement));
      } else {
        expect(text).toContain(squash(fact.statement));
        expect(text).not.toContain(`: ${squash(fact.statement)}`);
      }
    }
    expect(text).not.toMatch(/as of (undated|c\.|before|after)/);
    expect(text).not.toContain("…");
  });
});

describe.each(cases)("the %s panel's PNG picture", (_id, resolved) => {
  const markup = renderToStaticMarkup(<PanelImage resolved={resolved} version={dataset.meta.version} />);
  const text = words(markup);
  const shown = [...markup.matchAll(/data-row="([^"]+)"/g)].map((m) => m[1]);

  it("carries the panel note in full", () => {
    if (resolved.panel.note) expect(text).toContain(squash(`Note: ${resolved.panel.note}`));
  });

  it("prints each row it holds whole, with its date, and says how many it leaves out", () => {
    expect(shown).toEqual(resolved.facts.slice(0, shown.length).map((f) => f.id));
    for (const fact of resolved.facts.filter((f) => shown.includes(f.id))) {
      expect(text).toContain(squash(fact.figure?.measure ?? fact.statement));
      if (fact.figure) expect(text).toContain(datePhrase(fact));
    }
    const left = resolved.facts.length - shown.length;
    if (left > 0) expect(text).toContain(`and ${left} more on the panel page`);
    else expect(text).not.toMatch(/and \d+ more on the panel page/);
    expect(text).not.toContain("…");
    expect(text).not.toMatch(/as of (undated|c\.|before|after)/);
  });
});
