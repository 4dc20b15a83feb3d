// What each /api/v1 endpoint answers, as pure functions of the dataset and the
// request's parameters. Route handlers only add HTTP (lib/api/http.ts), so the
// contract tests run here, without a server.
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import type { ApiError, ChangeList, FactList } from "@/lib/api/envelopes";
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
  type ParamIssue,
  type Parsed,
} from "@/lib/api/params";
import type { Dataset } from "@/lib/dataset/load";
import { resolvePanel } from "@/lib/dataset/select";
import { filterFacts } from "@/lib/fact-search";
import type { Source, StoredSource } from "@/lib/dataset/schema";
import { allChanges, historyOf, type Release } from "@/lib/history/history";

export type ApiResult = { status: 200; body: unknown } | { status: 400 | 404; body: ApiError };

export function badQuery(issues: ParamIssue[]): ApiResult {
  return {
    status: 400,
    body: { status: 400, error: "invalid_query", message: issues.map((issue) => issue.message).join(" "), issues },
  };
}

function notFound(kind: "fact" | "source" | "panel", id: string): ApiResult {
  const allowed = `the id of a ${kind} listed at /api/v1/${kind}s`;
  const message = `No ${kind} has the id ${quoted(id)}; use ${allowed}.`;
  return { status: 404, body: { status: 404, error: "not_found", message, issues: [{ parameter: "id", message, allowed }] } };
}

/** One page of the facts that match `query`, or the parameters at fault. */
export function factsPage(dataset: Dataset, query: FactsQuery): Parsed<FactList> {
  const { version } = dataset.meta;
  if (query.source && !dataset.sources.some((source) => source.id === query.source)) {
    return { ok: false, issues: [invalidValue("source", query.source)] };
  }
  const matches = filterFacts(dataset.facts, query);
  const limit = query.limit ?? defaultLimit;
  let offset = 0;
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor || cursor.offset > matches.length) return { ok: false, issues: [invalidValue("cursor", query.cursor)] };
    if (cursor.version !== version) {
      const issue = invalidValue("cursor", query.cursor);
      const message = `cursor: it was issued for dataset version ${quoted(cursor.version)}, and this is version ${version}; start again without a cursor.`;
      return { ok: false, issues: [{ ...issue, message }] };
    }
    offset = cursor.offset;
  }
  const end = Math.min(offset + limit, matches.length);
  return {
    ok: true,
    value: {
      version,
      total: matches.length,
      offset,
      limit,
      next_cursor: end < matches.length ? encodeCursor({ offset: end, version }) : null,
      previous_cursor: offset > 0 ? encodeCursor({ offset: Math.max(0, offset - limit), version }) : null,
      data: matches.slice(offset, end),
    },
  };
}

/** A source as listed: the stored text is only in GET /sources/{id}. */
function withoutText(source: StoredSource): Source {
  const copy: Partial<StoredSource> = { ...source };
  delete copy.text;
  return copy as Source;
}

type Params = Record<string, string>;
/** `releases`: the dataset's history, newest first (lib/history); none when not given. */
export type Endpoint = (dataset: Dataset, params: Params, search: URLSearchParams, releases?: Release[]) => ApiResult;

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
  "/openapi.json": getOpenApi,
} as const satisfies Record<string, Endpoint>;

export type ApiPath = keyof typeof apiEndpoints;
export const apiPaths = Object.keys(apiEndpoints) as ApiPath[];
