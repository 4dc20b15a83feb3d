import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReleaseChangeList } from "@/components/history/release-changes";
import { listReleases } from "@/lib/history/queries";
import { routes } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return listReleases().map((release) => ({ version: release.version }));
}

const releaseOf = (version: string) => listReleases().find((release) => release.version === version);

export async function generateMetadata({ params }: PageProps<"/changes/[version]">): Promise<Metadata> {
  const release = releaseOf((await params).version);
  return release
    ? { title: `Changes in version ${release.version}`, description: `Every change to a fact or source in version ${release.version} of the dataset, with its reason.` }
    : {};
}

export default async function ReleasePage({ params }: PageProps<"/changes/[version]">) {
  const release = releaseOf((await params).version);
  if (!release) notFound();
  const releases = listReleases();
  const at = releases.indexOf(release);
  const newer = releases[at - 1];
  const older = releases[at + 1];
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">
        <a href={routes.changes()}>Changes to the data</a>
      </p>
      <h1 className="mt-1 text-3xl font-bold leading-tight">Changes in version {release.version}</h1>
      <ReleaseChangeList release={release} />
      <nav aria-label="Other versions" className="mt-8 flex flex-wrap gap-6">
        {older && <a href={routes.changes(older.version)}>Version {older.version}</a>}
        {newer && <a href={routes.changes(newer.version)}>Version {newer.version}</a>}
        <a href={routes.changes()}>All versions</a>
      </nav>
    </>
  );
}
