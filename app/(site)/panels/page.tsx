import type { Metadata } from "next";
import { listPanels } from "@/lib/dataset/queries";
import { topicLabels } from "@/lib/dataset/vocab";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "All panels", description: "Every panel of the dashboard, to view, embed or cite." };

export default function PanelsPage() {
  const panels = listPanels();
  return (
    <>
      <h1 className="text-3xl font-bold">All panels</h1>
      <p className="mt-2 max-w-prose text-muted">Each panel can be viewed on its own, embedded in a report, cited or downloaded.</p>
      <ul className="mt-6 divide-y divide-rule">
        {panels.map((panel) => (
          <li key={panel.id} className="py-3">
            <a href={routes.panel(panel.id)} className="font-semibold">
              {panel.title}
            </a>
            <p className="text-sm text-muted">
              {panel.topic ? `${topicLabels[panel.topic]} · ` : ""}
              {panel.description} ({panel.facts.length} facts)
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
