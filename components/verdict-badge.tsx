import { verdictLabels, verdictMeanings, type Verdict } from "@/lib/dataset/vocab";

const glyphs: Record<Verdict, string> = {
  confirmed: "✓",
  qualified: "≈",
  contradicted: "✗",
  unverified: "?",
};

/** The verdict in words, with a glyph and colour as extra cues, never the only one. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    // Its look comes from globals.css by class and data-verdict: no style object repeated on every badge.
    <span className="verdict-badge" title={verdictMeanings[verdict]} data-verdict={verdict}>
      <span aria-hidden="true">{glyphs[verdict]}</span>
      {verdictLabels[verdict]}
    </span>
  );
}
