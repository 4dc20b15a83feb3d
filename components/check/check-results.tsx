import Link from "next/link";
import { VerdictBadge } from "@/components/shared/verdict-badge";
import { differenceNote, type DisplaySentence } from "@/lib/check/display";
import { routes } from "@/lib/routes";

/** Every sentence in order; those that assert a known fact show it, with its verdict and any figure that differs. */
export function CheckResults({ sentences }: { sentences: DisplaySentence[] }) {
  const matched = sentences.filter((s) => s.matches.length > 0).length;
  return (
    <section aria-labelledby="check-results" className="mt-6">
      <h2 id="check-results" className="text-2xl font-bold">
        Result
      </h2>
      <p className="mt-1 text-muted" data-testid="check-summary">
        {sentences.length} {sentences.length === 1 ? "sentence" : "sentences"};{" "}
        {matched === 0 ? "none asserts a claim the dataset holds." : `${matched} ${matched === 1 ? "asserts" : "assert"} a claim the dataset holds.`}
      </p>
      <ol className="mt-3 space-y-3">
        {sentences.map((s) => (
          <li key={s.start} className={s.matches.length > 0 ? "rounded border border-rule bg-surface p-3" : "px-3"} data-matched={s.matches.length > 0}>
            <p className={s.matches.length > 0 ? "font-medium" : "text-muted"}>{s.text}</p>
            {s.matches.length > 0 && (
              <ul className="mt-2 space-y-2" aria-label="Known claims in this sentence">
                {s.matches.map((m) => {
                  const note = differenceNote(m.figure);
                  return (
                    <li key={m.fact} className="border-l-4 border-rule pl-3">
                      <div className="flex flex-wrap items-baseline gap-2">
                        <VerdictBadge verdict={m.verdict} />
                        <Link href={routes.fact(m.fact)} prefetch={false}>
                          {m.summary?.statement ?? m.fact}
                        </Link>
                      </div>
                      {m.figure.in_fact && (
                        <p className="mt-1 text-sm">
                          Sourced figure: <strong>{m.figure.in_fact}</strong>
                        </p>
                      )}
                      {note && (
                        <p className="mt-1 text-sm font-semibold" data-testid="figure-differs">
                          <span aria-hidden="true">≠ </span>The figure differs: {note}.
                        </p>
                      )}
                      {m.summary && (
                        <p className="mt-1 text-sm text-muted">
                          Quote: “{m.summary.quote}” —{" "}
                          <Link href={routes.quoteInSource({ id: m.fact, quote: { source: m.summary.quoteSource } })} prefetch={false}>
                            in its source
                          </Link>
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
