import type { QuoteContext } from "@/lib/display/quote-context";

/** The quoted words highlighted inside their sentence, between its neighbours. */
export function QuoteInContext({ context, lang }: { context: QuoteContext; lang: string }) {
  return (
    <blockquote lang={lang} className="font-serif text-lg leading-relaxed">
      {context.before && <span className="text-muted">{context.before} </span>}
      <span>
        {context.lead}
        <mark>{context.quote}</mark>
        {context.tail}
      </span>
      {context.after && <span className="text-muted"> {context.after}</span>}
    </blockquote>
  );
}
