// How long a response may be kept, by browsers and by shared caches (nginx, a
// CDN). The data changes only when the site is rebuilt, so anything built once
// is cached by shared caches until the next build (a deploy empties them) and
// revalidated by browsers with its ETag; answers to queries, whose addresses
// are unbounded, are kept briefly and refreshed in the background.
// CommonJS so next.config.js can read it as well as the route handlers.

/** Hashed assets under /_next/static (Next sets this itself): never change. */
const immutable = "public, max-age=31536000, immutable";
/** Prerendered pages, panel images, downloads, until the next build. */
const untilNextBuild = "public, max-age=0, must-revalidate, s-maxage=31536000";
/** The fact explorer and the API: computed per address. */
const perQuery = "public, max-age=60, s-maxage=300, stale-while-revalidate=86400";
/** Errors, citation files dated the day of download, the health check. */
const uncached = "no-store";

module.exports = { immutable, untilNextBuild, perQuery, uncached };
