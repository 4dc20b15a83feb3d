// One page of the facts that match a filter: the query GET /api/v1/facts and
// the /facts explorer share, so both page through the same results with the
// same cursors. Problems come back as data, for each caller to word its own way.
import { decodeCursor, encodeCursor } from "@/lib/dataset/cursor";
import type { Dataset } from "@/lib/dataset/load";
import type { Fact } from "@/lib/dataset/schema";
import { filterFacts, type FactFilter } from "@/lib/dataset/fact-search";

export type FactQuery = FactFilter & { limit: number; cursor?: string };

export type FactPage = {
  version: string;
  total: number;
  offset: number;
  limit: number;
  next_cursor: string | null;
  previous_cursor: string | null;
  data: Fact[];
};

type FactQueryProblem =
  | { parameter: "source"; reason: "unknown" }
  | { parameter: "cursor"; reason: "invalid" }
  | { parameter: "cursor"; reason: "stale"; issuedFor: string };

type FactPageResult = { ok: true; value: FactPage } | { ok: false; problem: FactQueryProblem };

export function factPage(dataset: Dataset, query: FactQuery): FactPageResult {
  const { version } = dataset.meta;
  if (query.source && !dataset.sources.some((source) => source.id === query.source)) {
    return { ok: false, problem: { parameter: "source", reason: "unknown" } };
  }
  const matches = filterFacts(dataset.facts, query);
  const { limit } = query;
  let offset = 0;
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor);
    if (!cursor || cursor.offset > matches.length) return { ok: false, problem: { parameter: "cursor", reason: "invalid" } };
    if (cursor.version !== version) return { ok: false, problem: { parameter: "cursor", reason: "stale", issuedFor: cursor.version } };
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
