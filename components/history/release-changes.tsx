import { ChangeLine } from "@/components/history/change-line";
import { changeKindLabels, changeKinds } from "@/lib/history/diff";
import { releaseAnchor } from "@/lib/routes";
import type { Release } from "@/lib/history/history";
import { formatPartialDate } from "@/lib/dataset/partial-date";

/** One release on /changes: its date and summary, then its changes grouped by kind. */
export function ReleaseChanges({ release }: { release: Release }) {
  const id = releaseAnchor(release.version);
  const groups = changeKinds
    .map((kind) => ({ kind, changes: release.changes.filter((change) => change.kind === kind) }))
    .filter((group) => group.changes.length > 0);
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-version={release.version} className="mt-10 rounded-lg border border-rule bg-surface p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        Version {release.version}
      </h2>
      <p className="mt-1 text-muted">
        <time dateTime={release.date}>{formatPartialDate(release.date)}</time> · {release.facts} facts, {release.sources} sources
        {release.previous && <> · {release.changes.length} {release.changes.length === 1 ? "change" : "changes"} since {release.previous}</>}
        {!release.snapshotted && <> · the data of this build, not yet frozen as a release snapshot</>}
      </p>
      {release.summary && <p className="mt-2 max-w-prose">{release.summary}</p>}
      {release.previous === null ? (
        <p className="mt-3 max-w-prose">The first release recorded: later versions are compared with it.</p>
      ) : groups.length === 0 ? (
        <p className="mt-3">No fact or source changed since {release.previous}.</p>
      ) : (
        groups.map(({ kind, changes }) => (
          <div key={kind} className="mt-4">
            <h3 className="text-lg font-semibold">
              {changeKindLabels[kind]} ({changes.length})
            </h3>
            <ul className="max-w-prose divide-y divide-rule">
              {changes.map((change, index) => (
                <ChangeLine key={index} change={change} withSubject />
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
