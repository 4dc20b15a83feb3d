import type { Segment } from "@/lib/passages";
import { routes } from "@/lib/routes";

/** The stored text with every quoted passage marked and anchored. */
export function SourceText({ segments, lang, statements }: { segments: Segment[]; lang: string; statements: Map<string, string> }) {
  return (
    <div lang={lang} className="whitespace-pre-wrap font-serif text-lg leading-relaxed">
      {segments.map((segment, index) => {
        if (segment.kind === "plain") return <span key={index}>{segment.text}</span>;
        const [first, ...others] = segment.anchors;
        return (
          <span key={index}>
            <mark id={first} className="passage">
              {others.map((anchor) => (
                <span key={anchor} id={anchor} />
              ))}
              {segment.text}
            </mark>
            <sup className="no-print font-sans text-xs">
              {segment.factIds.map((factId, i) => (
                <span key={factId}>
                  {i > 0 && " "}
                  <a href={routes.fact(factId)} aria-label={`Fact: ${statements.get(factId) ?? factId}`}>
                    [{i + 1 === 1 && segment.factIds.length === 1 ? "fact" : `fact ${i + 1}`}]
                  </a>
                </span>
              ))}
            </sup>
          </span>
        );
      })}
    </div>
  );
}
