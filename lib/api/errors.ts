// The API's error bodies (`{status, error, message, issues}`), in one place so
// the endpoints and the proxy answer errors alike.
import type { ApiError } from "@/lib/api/envelopes";
import { quoted, type ParamIssue } from "@/lib/api/params";

export function badQuery(issues: ParamIssue[]): { status: 400; body: ApiError } {
  return {
    status: 400,
    body: { status: 400, error: "invalid_query", message: issues.map((issue) => issue.message).join(" "), issues },
  };
}

export function notFound(kind: "fact" | "source" | "panel", id: string): { status: 404; body: ApiError } {
  const allowed = `the id of a ${kind} listed at /api/v1/${kind}s`;
  const message = `No ${kind} has the id ${quoted(id)}; use ${allowed}.`;
  return { status: 404, body: { status: 404, error: "not_found", message, issues: [{ parameter: "id", message, allowed }] } };
}

/** For an /api/ address whose percent-escapes do not decode (see lib/malformed-path.ts). */
export const malformedPathError: ApiError = {
  status: 404,
  error: "not_found",
  message: "The address has a percent-escape that does not decode (such as a lone \"%\"), so it names no record.",
  issues: [{ parameter: "path", message: "The path is not valid percent-encoded UTF-8.", allowed: "a path of the API with ids as listed by it" }],
};
