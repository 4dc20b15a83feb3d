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
    <span
      className="inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold uppercase tracking-wide"
      style={{ color: `var(--${verdict})`, background: `var(--${verdict}-bg)`, borderColor: `var(--${verdict})` }}
      title={verdictMeanings[verdict]}
      data-verdict={verdict}
    >
      <span aria-hidden="true">{glyphs[verdict]}</span>
      {verdictLabels[verdict]}
    </span>
  );
}
