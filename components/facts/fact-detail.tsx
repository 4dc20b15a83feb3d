import { EvidenceList } from "@/components/facts/evidence-list";
import { publicationCredit, speakerLine } from "@/lib/display/attribution";
import { FigureValue } from "@/components/facts/figure-value";
import { JsonLdScript } from "@/components/shared/json-ld";
import { QuoteInContext } from "@/components/facts/quote-in-context";
import { SourceLine } from "@/components/sources/source-line";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import { eventDates } from "@/lib/display/figure-label";
import type { JsonLd } from "@/lib/embed/json-ld";
import { quoteAnchor, routes } from "@/lib/routes";
import { quoteContext } from "@/lib/display/quote-context";
import type { Fact, Source, StoredSource } from "@/lib/dataset/schema";
import { urlWithTextFragment } from "@/lib/display/text-fragment";
import { topicLabels, verdictMeanings } from "@/lib/dataset/vocab";

/**
 * One fact, whole: verdict, figure or event date, the quote in its context and
 * the evidence. `source` holds the quote; `sources` the evidence's sources;
 * `claimReview` is the page's schema.org description, if it reviews a claim.
 */
export function FactDetail({ fact, source, sources, claimReview }: { fact: Fact; source: StoredSource; sources: Map<string, Source>; claimReview: JsonLd | null }) {
  const context = quoteContext(source.text, fact.quote.text);
  const speaker = speakerLine(fact, source);
  const event = fact.event && eventDates(fact.event);
  return (
    <article data-fact-id={fact.id}>
      {claimReview && <JsonLdScript data={claimReview} />}
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{topicLabels[fact.topic]}</p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">{fact.statement}</h1>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <VerdictBadge verdict={fact.verdict.rating} />
        <span className="text-sm text-muted">{verdictMeanings[fact.verdict.rating]}</span>
      </div>
      <p className="mt-2 max-w-prose">{fact.verdict.summary}</p>
      {fact.verdict.searched && (
        <section aria-labelledby="searched-heading" className="mt-3 max-w-prose">
          <h2 id="searched-heading" className="text-sm font-semibold">What we looked for</h2>
          <p className="mt-1 text-sm text-muted">{fact.verdict.searched}</p>
        </section>
      )}
      {fact.figure && (
        <div className="mt-4">
          <FigureValue figure={fact.figure} size="lg" />
        </div>
      )}
      {event && (
        <p className="mt-3">
          Date: <time dateTime={event.start.dateTime}>{event.start.text}</time>
          {event.end && (
            <>
              {" "}to <time dateTime={event.end.dateTime}>{event.end.text}</time>
            </>
          )}
        </p>
      )}

      <section aria-labelledby="quote-heading" className="mt-8">
        <h2 id="quote-heading" className="text-xl font-bold">The quote, in context</h2>
        <figure className="mt-3 max-w-prose">
          {context ? <QuoteInContext context={context} lang={source.language} /> : null}
          {fact.quote.translation && <p className="mt-2 text-sm">Translation (ours): {fact.quote.translation}</p>}
          <figcaption className="mt-2 space-y-1">
            {speaker && (
              <span className="block" data-speaker-line={fact.quote.attribution}>
                {speaker}
              </span>
            )}
            {fact.quote.attribution === "narration" && (
              <span className="block text-sm text-muted" data-claimant>
                The publication’s own words: the claim is made by {publicationCredit(source)}, not by a person it quotes.
              </span>
            )}
            <SourceLine source={source} />
          </figcaption>
        </figure>
        <ul className="no-print mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <li>
            <a href={routes.source(source.id, quoteAnchor(fact.id))}>Read it in the stored source text</a>
          </li>
          <li>
            <a href={urlWithTextFragment(source.url, fact.quote.text)} rel="noopener noreferrer">
              Find it on the publisher’s page
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="evidence-heading" className="mt-8">
        <h2 id="evidence-heading" className="text-xl font-bold">What other sources say</h2>
        <div className="mt-3 max-w-prose">
          <EvidenceList fact={fact} sources={sources} />
        </div>
      </section>
    </article>
  );
}
