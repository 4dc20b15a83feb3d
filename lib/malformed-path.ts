// Next.js answers 500 when a dynamic segment holds a percent-escape that does
// not decode (`/facts/%`, `/api/v1/facts/%E0`; vercel/next.js#92527). The
// proxy catches those addresses first: no such address can name a record.
import type { ApiError } from "@/lib/api/envelopes";

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export const malformedPathError: ApiError = {
  status: 404,
  error: "not_found",
  message: "The address has a percent-escape that does not decode (such as a lone \"%\"), so it names no record.",
  issues: [{ parameter: "path", message: "The path is not valid percent-encoded UTF-8.", allowed: "a path of the API with ids as listed by it" }],
};
