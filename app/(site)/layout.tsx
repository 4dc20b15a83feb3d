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
          {/* Plain links, not next/link: a client-side navigation from the explorer (the one page running React)
              would draw a script-free page from its RSC payload, which the build strips from prerendered pages. */}
          <a href={routes.home()} className="font-semibold text-ink no-underline">
            Kazakhstan–Israel relations
          </a>
          <a href={routes.explorer()}>Explore facts</a>
          <a href={routes.check()}>Check a text</a>
          <a href={routes.about()}>About the data</a>
          <a href={routes.apiDocs()}>API docs</a>
          <a href={routes.changes()}>Changes</a>
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
