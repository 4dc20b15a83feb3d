// The panel as a 1200×630 picture for documents and social previews, drawn by
// next/og (satori): inline styles and flexbox only. Every row and the note are
// printed whole; rows that do not fit are counted, never cut.
import type { ResolvedPanel } from "@/lib/dataset/select";
import { exportNote, exportRow, leftOutLine, sourcesThatFit } from "@/lib/display/export-rows";
import { imageRowCount } from "@/lib/display/image-layout";
import { publisherNames } from "@/lib/display/publishers";
import { siteName } from "@/lib/site";
import { verdictLabels } from "@/lib/dataset/vocab";

const verdictColours = { confirmed: "#1b6b3a", qualified: "#7a4b00", contradicted: "#a3201c", unverified: "#4a4f57" };

/** `statistics` names the statistical compilers before the press sources (recorded-trade panels; see statisticsLine). */
export function PanelImage({ resolved, version, statistics = "" }: { resolved: ResolvedPanel; version: string; statistics?: string }) {
  const { panel, facts, sources } = resolved;
  const all = facts.map(exportRow);
  const note = exportNote(panel.note);
  const footer = `${statistics}${sourcesThatFit(publisherNames(sources), 140)} Dataset version ${version}.`;
  // As many rows as fit beside the title, the note and the source line: satori clips what overflows.
  const rows = all.slice(0, imageRowCount({ title: panel.title, rows: all.map((row) => ({ text: row.text, dated: row.date !== null })), note, footer }));
  const more = leftOutLine(all.length - rows.length);
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfaf7", color: "#1d1d1b", padding: "48px 56px" }}>
      <div style={{ fontSize: 22, color: "#55534e" }}>{siteName}</div>
      <div style={{ fontSize: 46, fontWeight: 700, marginTop: 8, lineHeight: 1.15 }}>{panel.title}</div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 24, gap: 10 }}>
        {rows.map((row) => (
          <div key={row.id} data-row={row.id} style={{ display: "flex", alignItems: "baseline", gap: 16, fontSize: 24 }}>
            {row.value !== null && <div style={{ display: "flex", fontWeight: 700, minWidth: 260 }}>{row.value}</div>}
            <div style={{ display: "flex", flexDirection: "column", flex: 1, color: "#1d1d1b" }}>
              <div style={{ display: "flex" }}>{row.text}</div>
              {row.date && <div style={{ display: "flex", fontSize: 18, color: "#55534e" }}>{row.date}</div>}
            </div>
            <div style={{ display: "flex", fontSize: 18, fontWeight: 700, color: verdictColours[row.verdict], border: `2px solid ${verdictColours[row.verdict]}`, borderRadius: 999, padding: "2px 12px" }}>
              {verdictLabels[row.verdict].toUpperCase()}
            </div>
          </div>
        ))}
        {more && <div style={{ display: "flex", fontSize: 20, color: "#55534e" }}>{more}</div>}
      </div>
      {note && <div style={{ display: "flex", marginTop: 14, fontSize: 18, color: "#55534e" }}>{note}</div>}
      <div style={{ display: "flex", marginTop: "auto", borderTop: "2px solid #d9d5cc", paddingTop: 14, fontSize: 20, color: "#55534e" }}>
        {footer}
      </div>
    </div>
  );
}
