import type { ResolvedPanel } from "@/lib/dataset/select";
import { publisherGroups } from "@/lib/display/publishers";
import { routes } from "@/lib/routes";

// On the home page (where panels link to their own page) a footer names at most this many sources.
const MAX_SOURCES_ON_HOME = 8;

/** Inside a panel's <section> (see PanelView): title, description, body and the footer naming every source the panel quotes. */
export function PanelFrame({
  resolved,
  children,
  headingLevel = 2,
  linkToPanelPage = false,
}: {
  resolved: ResolvedPanel;
  children: React.ReactNode;
  headingLevel?: 1 | 2;
  linkToPanelPage?: boolean;
}) {
  const { panel, sources } = resolved;
  // One name per publisher; several pages of one publisher get numbered links.
  // A long list is cut, so a panel with many sources stays a summary.
  const shown = linkToPanelPage ? sources.slice(0, MAX_SOURCES_ON_HOME) : sources;
  const publishers = publisherGroups(shown);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <>
      <Heading id={`${panel.id}-title`} className="text-2xl font-bold">
        {panel.title}
      </Heading>
      <p className="mt-1 max-w-prose text-muted">{panel.description}</p>
      <div className="mt-4">{children}</div>
      {panel.note && <p className="mt-3 max-w-prose text-sm">{panel.note}</p>}
      <footer className="panel-sources">
        Sources:{" "}
        {publishers.map(({ publisher, pages }, index) => (
          <span key={publisher}>
            {index > 0 && "; "}
            {pages.length === 1 ? (
              <a href={routes.source(pages[0]!.id)}>{publisher}</a>
            ) : (
              <>
                {publisher} (
                {pages.map((page, i) => (
                  <span key={page.id}>
                    {i > 0 && ", "}
                    <a href={routes.source(page.id)} aria-label={`${publisher}: ${page.title}`}>
                      {i + 1}
                    </a>
                  </span>
                ))}
                )
              </>
            )}
          </span>
        ))}
        {sources.length > shown.length && (
          <>
            {" "}
            and {sources.length - shown.length} more (<a href={routes.panel(panel.id)}>see the panel</a>)
          </>
        )}
        .
        {linkToPanelPage && (
          <>
            {" "}
            <a href={routes.panel(panel.id)} className="no-print">
              Embed, cite or download this panel
            </a>
          </>
        )}
      </footer>
    </>
  );
}
