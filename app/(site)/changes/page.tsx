import type { Metadata } from "next";
import { ReleaseSummary } from "@/components/history/release-changes";
import { listReleases } from "@/lib/history/queries";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Changes to the data",
  description: "Every released version of the dataset, newest first, with what changed in each and the reason for every change.",
};

export default function ChangesPage() {
  const releases = listReleases();
  const changed = releases.some((release) => release.changes.length > 0);
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight">Changes to the data</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">
        Every released version of the dataset, newest first, with what changed in it. Each version’s page lists every
        change to a fact or source, linking to it and saying why it was made, so a figure cited from an earlier version
        can be traced to what it says now.
      </p>
      <p className="mt-2 text-sm">
        <a href={routes.changesFeed()} type="application/atom+xml">Follow the changes (Atom feed)</a> ·{" "}
        <a href={routes.api.changes()}>As JSON (API)</a>
      </p>
      {!changed && (
        <p className="mt-6 rounded-md border border-rule p-4" role="status">
          No changes yet: {releases.length === 1 ? `version ${releases[0]!.version} is the only release recorded` : "no release has been recorded"}.
        </p>
      )}
      {releases.map((release) => (
        <ReleaseSummary key={release.version} release={release} />
      ))}
    </>
  );
}
