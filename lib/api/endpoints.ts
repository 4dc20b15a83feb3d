// What each /api/v1 endpoint answers, as pure functions of the dataset and the
// request's parameters. Route handlers only add HTTP (lib/api/http.ts), so the
// contract tests run here, without a server.
import type { ApiError, ChangeList, FactList } from "@/lib/api/envelopes";
import { badQuery, notFound } from "@/lib/api/errors";
import { openApiDocument } from "@/lib/api/openapi";
import {
  changesQuerySchema,
  defaultLimit,
  factsQuerySchema,
  invalidValue,
  noQuerySchema,
  parseQuery,
  quoted,
  type FactsQuery,
  type Parsed,
} from "@/lib/api/params";
import { factPage } from "@/lib/dataset/fact-query";
import type { Dataset } from "@/lib/dataset/load";
import { resolvePanel } from "@/lib/dataset/select";
import type { Source, StoredSource } from "@/lib/dataset/schema";
import { allChanges, historyOf, type Release } from "@/lib/history/history";
import { listRecordedSeries } from "@/lib/recorded-trade/data";
import { seriesList } from "@/lib/recorded-trade/api";

export type ApiResult = { status: 200; body: unknown } | { status: 400 | 404; body: ApiError };

/** GET /facts: the shared fact query, its problems worded as query-parameter issues. */
function factsPage(dataset: Dataset, query: FactsQuery): Parsed<FactList> {
  const page = factPage(dataset, { ...query, limit: query.limit ?? defaultLimit });
  if (page.ok) return page;
  const { problem } = page;
  const issue = invalidValue(problem.parameter, (problem.parameter === "source" ? query.source : query.cursor) ?? "");
  if (problem.reason !== "stale") return { ok: false, issues: [issue] };
  const message = `cursor: it was issued for dataset version ${quoted(problem.issuedFor)}, and this is version ${dataset.meta.version}; start again without a cursor.`;
  return { ok: false, issues: [{ ...issue, message }] };
}

/** A source as listed: the stored text is only in GET /sources/{id}. */
function withoutText(source: StoredSource): Source {
  const copy: Partial<StoredSource> = { ...source };
  delete copy.text;
  return copy as Source;
}

type Params = Record<string, string>;
/** `releases`: the dataset's history, newest first (lib/history); none when not given. */
type Endpoint = (dataset: Dataset, params: Params, search: URLSearchParams, releases?: Release[]) => ApiResult;

/** Answers with `answer()` when the endpoint's query is valid, else a 400. */
function withoutQuery(search: URLSearchParams, answer: () => ApiResult): ApiResult {
  const parsed = parseQuery(noQuerySchema, search);
  return parsed.ok ? answer() : badQuery(parsed.issues);
}

function listFacts(dataset: Dataset, _params: Params, search: URLSearchParams): ApiResult {
  const parsed = parseQuery(factsQuerySchema, search);
  if (!parsed.ok) return badQuery(parsed.issues);
  const page = factsPage(dataset, parsed.value);
  return page.ok ? { status: 200, body: page.value } : badQuery(page.issues);
}

function getFact(dataset: Dataset, { id = "" }: Params, search: URLSearchParams, releases: Release[] = []): ApiResult {
  return withoutQuery(search, () => {
    const fact = dataset.facts.find((f) => f.id === id);
    if (!fact) return notFound("fact", id);
    return { status: 200, body: { version: dataset.meta.version, data: fact, history: historyOf(releases, "fact", id) } };
  });
}

function listChanges(dataset: Dataset, _params: Params, search: URLSearchParams, releases: Release[] = []): ApiResult {
  const parsed = parseQuery(changesQuerySchema, search);
  if (!parsed.ok) return badQuery(parsed.issues);
  const { version, kind } = parsed.value;
  if (version && !releases.some((release) => release.version === version)) return badQuery([invalidValue("version", version)]);
  const data = allChanges(releases).filter((c) => (!version || c.version === version) && (!kind || c.kind === kind));
  const body: ChangeList = { version: dataset.meta.version, total: data.length, data };
  return { status: 200, body };
}

function listSources(dataset: Dataset, _params: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => ({
    status: 200,
    body: {
      version: dataset.meta.version,
      total: dataset.sources.length,
      data: dataset.sources.map(withoutText),
    },
  }));
}

function getSource(dataset: Dataset, { id = "" }: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => {
    const source = dataset.sources.find((s) => s.id === id);
    return source ? { status: 200, body: { version: dataset.meta.version, data: source } } : notFound("source", id);
  });
}

function listPanels(dataset: Dataset, _params: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => ({
    status: 200,
    body: { version: dataset.meta.version, total: dataset.panels.length, data: dataset.panels },
  }));
}

function getPanel(dataset: Dataset, { id = "" }: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => {
    const panel = dataset.panels.find((p) => p.id === id);
    if (!panel) return notFound("panel", id);
    const { facts } = resolvePanel(panel, dataset);
    return { status: 200, body: { version: dataset.meta.version, data: panel, facts } };
  });
}

function listSeries(dataset: Dataset, _params: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => ({ status: 200, body: seriesList(dataset.meta.version, listRecordedSeries()) }));
}

function getOpenApi(dataset: Dataset, _params: Params, search: URLSearchParams): ApiResult {
  return withoutQuery(search, () => ({ status: 200, body: openApiDocument(dataset.meta) }));
}

/** Every /api/v1 endpoint, by its OpenAPI path (relative to /api/v1). */
export const apiEndpoints = {
  "/facts": listFacts,
  "/facts/{id}": getFact,
  "/changes": listChanges,
  "/sources": listSources,
  "/sources/{id}": getSource,
  "/panels": listPanels,
  "/panels/{id}": getPanel,
  "/series": listSeries,
  "/openapi.json": getOpenApi,
} as const satisfies Record<string, Endpoint>;

export type ApiPath = keyof typeof apiEndpoints;
export const apiPaths = Object.keys(apiEndpoints) as ApiPath[];
