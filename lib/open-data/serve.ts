// What the /data/ route handlers call; each is built once, at build time.
import "server-only";
import { etagFor } from "@/lib/api/http";
import { getDataset, getPanel, listPanels } from "@/lib/dataset/queries";
import { downloadBody, downloadHeaders } from "@/lib/open-data/bodies";
import { panelCsv } from "@/lib/open-data/csv";
import { downloadFiles, panelIdFromFile } from "@/lib/open-data/downloads";

const notFound = (message: string) => new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function downloadResponse(name: string): Response {
  const file = downloadFiles.find((known) => known === name);
  if (!file) return notFound("No download has this name.\n");
  const dataset = getDataset();
  return withEtag(downloadBody(dataset, file), downloadHeaders(file, dataset.meta.version), dataset.meta.version);
}

export function panelCsvParams(): Array<{ file: string }> {
  return listPanels().map((panel) => ({ file: `${panel.id}.csv` }));
}

export function panelCsvResponse(file: string): Response {
  const panel = getPanel(panelIdFromFile(file) ?? "");
  if (!panel) return notFound("No panel has this id.\n");
  const dataset = getDataset();
  return withEtag(panelCsv(dataset, panel), downloadHeaders(file, dataset.meta.version), dataset.meta.version);
}

// Built once, so the ETag lets shared caches and browsers revalidate without a download.
function withEtag(body: string, headers: Record<string, string>, version: string): Response {
  return new Response(body, { headers: { ...headers, ETag: etagFor(version, body) } });
}
