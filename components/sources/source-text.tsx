import { Fragment } from "react";
import { passageMarkLabel } from "@/lib/display/source";
import type { Segment } from "@/lib/display/passages";
import { routes } from "@/lib/routes";

/**
 * The stored text with every quoted passage marked and anchored. Unquoted text
 * is bare text, not a span per segment: a long source stays a small tree to parse and hydrate.
 */
export function SourceText({ segments, lang, statements }: { segments: Segment[]; lang: string; statements: Map<string, string> }) {
  return (
    <div lang={lang} className="whitespace-pre-wrap font-serif text-lg leading-relaxed">
      {segments.map((segment, index) => {
        if (segment.kind === "plain") return <Fragment key={index}>{segment.text}</Fragment>;
        const [first, ...others] = segment.anchors;
        return (
          <Fragment key={index}>
            <mark id={first} className="passage">
              {others.map((anchor) => (
                <span key={anchor} id={anchor} />
              ))}
              {segment.text}
            </mark>
            <sup className="no-print font-sans text-xs">
              {segment.factIds.map((factId, i) => (
                <Fragment key={factId}>
                  {i > 0 && " "}
                  <a href={routes.fact(factId)} aria-label={`Fact: ${statements.get(factId) ?? factId}`}>
                    [{passageMarkLabel(i, segment.factIds.length)}]
                  </a>
                </Fragment>
              ))}
            </sup>
          </Fragment>
        );
      })}
    </div>
  );
}
