import { DatasetJsonLd } from "@/app/(site)/dataset-json-ld";
import { PanelView } from "@/components/panels/panel-view";
import { HomeOverview } from "@/components/overview/home-overview";
import { WithPageNav } from "@/components/overview/with-page-nav";
import { getDataset, listPanels } from "@/lib/dataset/queries";
import { resolvePanel } from "@/lib/dataset/select";
import { panelDrawings } from "@/lib/charts/markup";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { homeIntro } from "@/lib/display/prose";
import { routes } from "@/lib/routes";

// The home page stays a summary however large the dataset grows: at most this
// many panels, each in its summary cut (lib/charts/files.ts), with links to the rest.
const HOME_PANEL_LIMIT = 16;
// Panels too long for a summary live on their own page, with an entry in the overview.
const OWN_PAGE_VIEWS = new Set(["then-now"]);

export default function HomePage() {
  const dataset = getDataset();
  const panels = listPanels();
  const shown = panels.filter((panel) => !OWN_PAGE_VIEWS.has(panel.view)).slice(0, HOME_PANEL_LIMIT);
  const ownPage = panels.filter((panel) => OWN_PAGE_VIEWS.has(panel.view));
  return (
    <WithPageNav panels={shown}>
      <DatasetJsonLd />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">Kazakhstan–Israel relations, fact by fact</h1>
      <p className="mt-3 max-w-prose text-lg text-muted" data-home-intro>
        {homeIntro(dataset)}
      </p>
      <HomeOverview dataset={dataset} recorded={listRecordedSeries()} shownPanels={shown} ownPagePanels={ownPage} />
      {shown.map((panel) => (
        <PanelView
          key={panel.id}
          resolved={resolvePanel(panel, dataset)}
          drawings={panelDrawings(panel)}
          recorded={listRecordedSeries()}
          primarySourceId={dataset.meta.primary_source}
          summary
        />
      ))}
      {panels.length > shown.length + ownPage.length && (
        <p className="mt-8">
          <a href={routes.panels()}>All {panels.length} panels</a>
        </p>
      )}
    </WithPageNav>
  );
}
