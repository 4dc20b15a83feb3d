// The oEmbed provider (https://oembed.com): maps a URL of ours to a `rich`
// response. Pure: the caller passes the dataset and the origins it answers for.
import { z } from "zod";
import type { Dataset } from "@/lib/dataset/load";
import { EMBED_WIDTH, embedHeight, embedIframe } from "@/lib/embed/snippets";
import { quoteCredit } from "@/lib/display/attribution";
import { asOfPhrase } from "@/lib/display/figure-date";
import { figurePhrase } from "@/lib/display/format";
import { siteName } from "@/lib/site";
import { verdictLabels } from "@/lib/dataset/vocab";
import { absolute, routes } from "@/lib/routes";
import { escapeHtml } from "@/lib/display/html";

type OembedResult = { status: number; body: Record<string, unknown> };

const dimension = z.coerce.number().int("must be a whole number").positive("must be positive").max(10000, "must be at most 10000");

const paramsSchema = z.object({
  url: z.string({ error: "is required" }).min(1, "is required"),
  format: z.string().optional(),
  maxwidth: dimension.optional(),
  maxheight: dimension.optional(),
});

function error(status: number, message: string, parameter?: string): OembedResult {
  return { status, body: { error: message, ...(parameter ? { parameter } : {}) } };
}

export function oembed(query: Record<string, string | undefined>, dataset: Dataset, ourOrigins: string[]): OembedResult {
  const parsed = paramsSchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const parameter = String(issue?.path[0] ?? "url");
    return error(400, `${parameter} ${issue?.message ?? "is invalid"}`, parameter);
  }
  const { url, format = "json", maxwidth, maxheight } = parsed.data;
  if (format !== "json") return error(501, `format "${format}" is not supported; use json`, "format");

  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return error(400, "url must be an absolute URL", "url");
  }
  if (!ourOrigins.includes(target.origin)) return error(404, "url is not a page of this site", "url");

  const match = /^\/(panels|embed|facts)\/([a-z0-9-]+)\/?$/.exec(target.pathname);
  const base = { version: "1.0", provider_name: siteName, provider_url: absolute(routes.home(), target.origin), cache_age: 86400 };
  const panel = match && match[1] !== "facts" ? dataset.panels.find((p) => p.id === match[2]) : undefined;
  if (panel) {
    const width = Math.min(EMBED_WIDTH, maxwidth ?? EMBED_WIDTH);
    const height = Math.min(embedHeight(panel), maxheight ?? Infinity);
    return {
      status: 200,
      body: { ...base, type: "rich", title: panel.title, width, height, html: embedIframe(panel, target.origin, { width, height }) },
    };
  }
  const fact = match?.[1] === "facts" ? dataset.facts.find((f) => f.id === match[2]) : undefined;
  if (fact) {
    const width = Math.min(EMBED_WIDTH, maxwidth ?? EMBED_WIDTH);
    const height = Math.min(240, maxheight ?? Infinity);
    const source = dataset.sources.find((s) => s.id === fact.quote.source);
    const value = fact.figure
      ? `<strong>${escapeHtml(figurePhrase(fact.figure))}</strong> (${escapeHtml(`${fact.figure.measure}, ${asOfPhrase(fact.figure.as_of)}`)}) — `
      : "";
    const html =
      `<blockquote class="kzil-fact" cite="${escapeHtml(source?.url ?? "")}" style="max-width:${width}px">` +
      `<p>${value}${escapeHtml(fact.statement)} <em>(${verdictLabels[fact.verdict.rating]})</em></p>` +
      `<p>“${escapeHtml(fact.quote.text)}” ${escapeHtml(source ? quoteCredit(fact, source) : "")}</p>` +
      `<p><a href="${absolute(routes.fact(fact.id), target.origin)}">${escapeHtml(siteName)}</a></p></blockquote>`;
    return { status: 200, body: { ...base, type: "rich", title: fact.statement, width, height, html } };
  }
  return error(404, "url does not name a panel or fact of this site", "url");
}
