// What the /data/ route handlers call; each is built once, at build time.
import "server-only";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";
import { downloadBody, downloadHeaders } from "@/lib/open-data/bodies";
import { panelCsv } from "@/lib/open-data/csv";
import { downloadFiles, panelIdFromFile } from "@/lib/open-data/downloads";

const notFound = (message: string) => new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function downloadResponse(name: string): Response {
  const file = downloadFiles.find((known) => known === name);
  if (!file) return notFound("No download has this name.\n");
  const dataset = getDataset();
  return new Response(downloadBody(dataset, file), { headers: downloadHeaders(file, dataset.meta.version) });
}

export function panelCsvParams(): Array<{ file: string }> {
  return listPanels().map((panel) => ({ file: `${panel.id}.csv` }));
}

export function panelCsvResponse(file: string): Response {
  const panel = getPanel(panelIdFromFile(file) ?? "");
  if (!panel) return notFound("No panel has this id.\n");
  const dataset = getDataset();
  return new Response(panelCsv(dataset, panel), { headers: downloadHeaders(file, dataset.meta.version) });
}
