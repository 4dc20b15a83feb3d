// A key indicator stands for its measure on the home page: its label must word
// the measure as its fact does, and it must be the latest figure of that measure.
import type { RawDataset } from "@/lib/dataset/raw";
import { partialDateKey } from "@/lib/dataset/partial-date";
import type { Problem } from "@/lib/dataset/problem";
import type { AsOf, Fact } from "@/lib/dataset/schema";

const minor = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "and", "or", "its", "with", "as", "latest", "s"]);

/** Lowercase words, possessives and plurals folded: "Israel's oil imports" → israel, oil, import. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’']s\b/g, "").match(/\p{L}+/gu) ?? [])
    .filter((word) => !minor.has(word))
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
}

// A parenthesis in a measure is an aside ("(its origin gives a share of oil imports)"), not the measure.
const withoutAsides = (text: string) => text.replace(/\([^)]*\)/g, " ");

/** The latest moment a figure can describe, as a sortable key; null when nothing dates it. */
function latestKey(asOf: AsOf): string | null {
  switch (asOf.kind) {
    case "exact":
    case "before":
    case "after":
      return partialDateKey(asOf.date);
    case "estimated":
      return partialDateKey(asOf.to);
    case "unknown":
      return null;
  }
}

function sameMeasure(a: Fact, b: Fact): boolean {
  return Boolean(a.figure && b.figure && a.id !== b.id && a.figure.unit === b.figure.unit && a.figure.measure.trim().toLowerCase() === b.figure.measure.trim().toLowerCase());
}

export function indicatorProblems(raw: RawDataset): Problem[] {
  const facts = raw.facts.map(({ record }) => record);
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return raw.panels.flatMap(({ file, record: panel }) =>
    (panel.indicators ?? []).flatMap((indicator, index) => {
      const fact = byId.get(indicator.fact);
      // An indicator outside the panel's facts is reported by the panel part rules.
      if (!fact?.figure || !panel.facts.includes(fact.id)) return [];
      const problems: Problem[] = [];
      const field = `indicators.${index}.label`;
      const allowed = new Set(contentWords([withoutAsides(fact.figure.measure), fact.quote.text, fact.quote.translation ?? ""].join(" ")));
      const foreign = contentWords(indicator.label).filter((word) => !allowed.has(word));
      if (foreign.length > 0) {
        problems.push({ file, id: panel.id, field, reason: `words the measure differently from fact "${fact.id}" ("${fact.figure.measure}"): ${foreign.map((w) => `"${w}"`).join(", ")} not in its measure or quote` });
      }
      const own = latestKey(fact.figure.as_of);
      const later = facts.filter((other) => sameMeasure(fact, other)).filter((other) => {
        const key = latestKey(other.figure!.as_of);
        return key !== null && (own === null || key > own);
      });
      if (later.length > 0) {
        problems.push({ file, id: panel.id, field: `indicators.${index}.fact`, reason: `"${fact.id}" is not the latest figure of its measure: ${later.map((f) => `"${f.id}"`).join(", ")} describe(s) a later period` });
      }
      return problems;
    }),
  );
}
