import { ChangeLine } from "@/components/history/change-line";
import { changeCount, changeKindLabels, changeKinds } from "@/lib/history/diff";
import { releaseAnchor, routes } from "@/lib/routes";
import type { Release } from "@/lib/history/history";
import { formatPartialDate } from "@/lib/dataset/partial-date";

function byKind(release: Release) {
  return changeKinds
    .map((kind) => ({ kind, changes: release.changes.filter((change) => change.kind === kind) }))
    .filter((group) => group.changes.length > 0);
}

/** A release's date, size and, against the one before it, how many changes. */
function ReleaseFacts({ release }: { release: Release }) {
  return (
    <p className="mt-1 text-muted">
      <time dateTime={release.date}>{formatPartialDate(release.date)}</time> · {release.facts} facts, {release.sources} sources
      {release.previous && <> · {changeCount(release.changes.length)} since {release.previous}</>}
      {!release.snapshotted && <> · the data of this build, not yet frozen as a release snapshot</>}
    </p>
  );
}

function NoChanges({ release }: { release: Release }) {
  return release.previous === null ? (
    <p className="mt-3 max-w-prose">The first release recorded: later versions are compared with it.</p>
  ) : (
    <p className="mt-3">No fact or source changed since {release.previous}.</p>
  );
}

/**
 * One release on /changes: its summary and how many changes of each kind, linking to its own page. The section keeps
 * the anchor older links (and Atom entries) point to; the changes themselves are listed on the release's page, so
 * /changes stays the size of the release list, not of every change ever made.
 */
export function ReleaseSummary({ release }: { release: Release }) {
  const id = releaseAnchor(release.version);
  const groups = byKind(release);
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-version={release.version} className="mt-8 rounded-lg border border-rule bg-surface p-4 sm:p-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        Version {release.version}
      </h2>
      <ReleaseFacts release={release} />
      {release.summary && <p className="mt-2 max-w-prose">{release.summary}</p>}
      {groups.length === 0 ? (
        <NoChanges release={release} />
      ) : (
        <>
          <ul className="mt-3 text-sm" data-change-counts>
            {groups.map(({ kind, changes }) => (
              <li key={kind} data-kind={kind}>
                {changeKindLabels[kind]}: {changes.length}
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <a href={routes.changes(release.version)}>
              Every change in version {release.version}, with its reason ({changeCount(release.changes.length)})
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** A release's own page: every change since the one before, grouped by kind, each with its reason. */
export function ReleaseChangeList({ release }: { release: Release }) {
  const groups = byKind(release);
  return (
    <div data-version={release.version}>
      <ReleaseFacts release={release} />
      {release.summary && <p className="mt-2 max-w-prose">{release.summary}</p>}
      {groups.length === 0 ? (
        <NoChanges release={release} />
      ) : (
        groups.map(({ kind, changes }) => (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-6">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold">
              {changeKindLabels[kind]} ({changes.length})
            </h2>
            <ul className="max-w-prose divide-y divide-rule">
              {changes.map((change, index) => (
                <ChangeLine key={index} change={change} withSubject />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
