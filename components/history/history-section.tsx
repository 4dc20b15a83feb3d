import { ChangeLine } from "@/components/history/change-line";
import type { Change } from "@/lib/history/diff";
import { routes } from "@/lib/routes";

/** A fact's or source's changes between dataset versions, so a reader holding an old citation sees what it said then. */
export function HistorySection({ changes, subject, firstVersion }: { changes: Change[]; subject: "fact" | "source"; firstVersion: string | null }) {
  const steps = [...new Set(changes.map((change) => `${change.previous} → ${change.version}`))];
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="text-xl font-bold">History</h2>
      {changes.length === 0 ? (
        <p className="mt-2 max-w-prose">
          Unchanged since {firstVersion ? <>version {firstVersion}, the first release recorded</> : "it was added"}.{" "}
          <a href={routes.changes()}>All changes to the data</a>
        </p>
      ) : (
        <>
          {steps.map((step) => {
            const inStep = changes.filter((change) => `${change.previous} → ${change.version}` === step);
            return (
              <div key={step} className="mt-3 max-w-prose">
                <h3 className="font-semibold">
                  <a href={routes.changes(inStep[0]!.version)}>
                    {step}
                  </a>
                </h3>
                <ul className="divide-y divide-rule">
                  {inStep.map((change, index) => (
                    <ChangeLine key={index} change={change} />
                  ))}
                </ul>
              </div>
            );
          })}
          <p className="mt-2 text-sm text-muted">
            Versions are those of the dataset; this {subject}’s permalink stays the same across them.
          </p>
        </>
      )}
    </section>
  );
}
