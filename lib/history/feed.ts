// The Atom feed of dataset changes (/changes.xml): one entry per release.
import { Feed } from "feed";
import { changeCount, describeChange } from "@/lib/history/diff";
import type { Release } from "@/lib/history/history";
import { routes } from "@/lib/routes";
import { escapeHtml } from "@/lib/display/html";

function day(date: string): Date {
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? new Date(0) : d;
}

function entryTitle(release: Release): string {
  if (release.previous === null) return `Version ${release.version}: first recorded release (${release.facts} facts, ${release.sources} sources)`;
  return `Version ${release.version}: ${changeCount(release.changes.length)} since ${release.previous}`;
}

/**
 * Changes listed in one entry. Feed readers fetch the whole feed on every poll, and a release
 * can carry hundreds of changes (0.4.0 has 214): past this many, the entry links to its page.
 */
const feedChangesPerEntry = 50;

function entryContent(release: Release, absolute: (path: string) => string): string {
  const releasePage = absolute(routes.changes(release.version));
  const items = release.changes.slice(0, feedChangesPerEntry).map((change) => {
    // A removed fact or source has no page left to link to.
    const removed = change.kind === "fact-removed" || change.kind === "source-removed";
    const href = removed ? releasePage : absolute(change.subject === "fact" ? routes.fact(change.id) : routes.source(change.id));
    const reason = change.reason ? ` Reason: ${escapeHtml(change.reason)}` : "";
    return `<li><a href="${escapeHtml(href)}">${escapeHtml(change.label)}</a>: ${escapeHtml(describeChange(change))}.${reason}</li>`;
  });
  const summary = release.summary ? `<p>${escapeHtml(release.summary)}</p>` : "";
  if (items.length === 0) return `${summary}<p>No changes: the first release recorded.</p>`;
  const more =
    release.changes.length > items.length
      ? `<p>The first ${items.length} are listed here. <a href="${escapeHtml(releasePage)}">All ${changeCount(release.changes.length)} of this release</a>, each with its reason, are on its page.</p>`
      : "";
  return `${summary}<ul>${items.join("")}</ul>${more}`;
}

/** Atom 1.0 XML; `absolute` turns a site path into the URL ids and links use. */
export function changesFeed(releases: Release[], title: string, absolute: (path: string) => string): string {
  const updated = releases[0] ? day(releases[0].date) : new Date(0);
  const feed = new Feed({
    id: absolute(routes.changesFeed()),
    title: `${title}: changes`,
    description: "Every change to the dataset's facts and sources between released versions, with the reason for it.",
    link: absolute(routes.changes()),
    updated,
    generator: "feed",
    feedLinks: { atom: absolute(routes.changesFeed()) },
    author: { name: title, link: absolute(routes.about()) },
    copyright: "CC BY 4.0 (our curation); quotes remain their publishers'.",
  });
  for (const release of releases) {
    const link = absolute(routes.changes(release.version));
    feed.addItem({
      // An entry's id never changes (readers would show it again): it stays the release's section on /changes.
      id: absolute(routes.releaseSection(release.version)),
      title: entryTitle(release),
      link,
      date: day(release.date),
      description: release.summary ?? entryTitle(release),
      content: entryContent(release, absolute),
    });
  }
  return feed.atom1();
}
