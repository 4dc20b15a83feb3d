import Link from "next/link";
import { getDataset } from "@/lib/dataset/queries";
import { routes } from "@/lib/routes";

/** Site chrome: header, main and footer. Embeds live outside this group. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const { meta } = getDataset();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-surface focus:p-2">
        Skip to content
      </a>
      <header className="no-print border-b border-rule">
        <nav aria-label="Site" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3">
          {/* No prefetch: the charting code of the home page stays off pages that do not chart. */}
          <Link href={routes.home()} prefetch={false} className="font-semibold text-ink no-underline">
            Kazakhstan–Israel relations
          </Link>
          {/* Not prefetched: /facts renders per request, and every page shows this link. */}
          <Link href={routes.explorer()} prefetch={false}>Explore facts</Link>
          {/* Not prefetched: /check renders per request. */}
          <Link href={routes.check()} prefetch={false}>Check a text</Link>
          <Link href={routes.about()}>About the data</Link>
          <Link href={routes.apiDocs()}>API docs</Link>
          <Link href={routes.changes()} prefetch={false}>Changes</Link>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-rule">
        <div className="mx-auto max-w-5xl px-4 py-4 text-sm text-muted">
          {meta.title}, version {meta.version}. Quotes remain their publishers’ and are shown for citation.
        </div>
      </footer>
    </>
  );
}
