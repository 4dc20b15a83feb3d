// Next.js answers 500 when a dynamic segment holds a percent-escape that does
// not decode (`/facts/%`, `/api/v1/facts/%E0`; vercel/next.js#92527). The
// proxy catches those addresses first: no such address can name a record
// (the API's error body for them is in lib/api/errors.ts).

export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
