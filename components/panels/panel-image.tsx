// The panel as a 1200×630 picture for documents and social previews, drawn by
// next/og (satori): inline styles and flexbox only.
import type { ResolvedPanel } from "@/lib/dataset/select";
import { factValueShort } from "@/lib/display/figure-label";
import { imageRowCount } from "@/lib/display/image-layout";
import { sourcesSentence } from "@/lib/display/publishers";
import { truncateWords } from "@/lib/format";
import { asOfPhrase } from "@/lib/figure-date";
import { siteName } from "@/lib/site";
import { verdictLabels } from "@/lib/dataset/vocab";
import { statisticsLine } from "@/lib/recorded-trade/data";

const verdictColours = { confirmed: "#1b6b3a", qualified: "#7a4b00", contradicted: "#a3201c", unverified: "#4a4f57" };

export function PanelImage({ resolved, version }: { resolved: ResolvedPanel; version: string }) {
  const { panel, facts, sources } = resolved;
  const rowText = (fact: (typeof facts)[number]) => truncateWords(fact.figure?.measure ?? fact.statement, 90);
  const note = panel.note ? truncateWords(`Note: ${panel.note}`, 220) : null;
  const footer = `${statisticsLine(panel.view)}${sourcesSentence(sources, (names) => truncateWords(names, 140))} Dataset version ${version}.`;
  // As many rows as fit beside the title, the note and the source line: satori clips what overflows.
  const rows = facts.slice(0, imageRowCount({ title: panel.title, rows: facts.map((fact) => ({ text: rowText(fact), dated: Boolean(fact.figure) })), note, footer }));
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfaf7", color: "#1d1d1b", padding: "48px 56px" }}>
      <div style={{ fontSize: 22, color: "#55534e" }}>{siteName}</div>
      <div style={{ fontSize: 46, fontWeight: 700, marginTop: 8, lineHeight: 1.15 }}>{panel.title}</div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 24, gap: 10 }}>
        {rows.map((fact) => (
          <div key={fact.id} style={{ display: "flex", alignItems: "baseline", gap: 16, fontSize: 24 }}>
            <div style={{ display: "flex", fontWeight: 700, minWidth: 260 }}>{factValueShort(fact)}</div>
            <div style={{ display: "flex", flexDirection: "column", flex: 1, color: "#1d1d1b" }}>
              <div style={{ display: "flex" }}>{rowText(fact)}</div>
              {fact.figure && <div style={{ display: "flex", fontSize: 18, color: "#55534e" }}>{asOfPhrase(fact.figure.as_of)}</div>}
            </div>
            <div style={{ display: "flex", fontSize: 18, fontWeight: 700, color: verdictColours[fact.verdict.rating], border: `2px solid ${verdictColours[fact.verdict.rating]}`, borderRadius: 999, padding: "2px 12px" }}>
              {verdictLabels[fact.verdict.rating].toUpperCase()}
            </div>
          </div>
        ))}
        {facts.length > rows.length && (
          <div style={{ display: "flex", fontSize: 20, color: "#55534e" }}>{`and ${facts.length - rows.length} more on the panel page`}</div>
        )}
      </div>
      {note && (
        <div style={{ display: "flex", marginTop: 14, fontSize: 18, color: "#55534e" }}>{note}</div>
      )}
      <div style={{ display: "flex", marginTop: "auto", borderTop: "2px solid #d9d5cc", paddingTop: 14, fontSize: 20, color: "#55534e" }}>
        {footer}
      </div>
    </div>
  );
}
