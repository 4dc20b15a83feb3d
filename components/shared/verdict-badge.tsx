import { verdictLabels, verdictMeanings, type Verdict } from "@/lib/dataset/vocab";

/** The verdict in words, with a glyph (drawn by CSS: ✓ ≈ ✗ ?) and colour as extra cues, never the only one. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    // Its look comes from globals.css by class and data-verdict: no style object repeated on every badge.
    <span className="verdict-badge" title={verdictMeanings[verdict]} data-verdict={verdict}>
      {verdictLabels[verdict]}
    </span>
  );
}
