// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS, as the policies are
const { perQuery, untilNextBuild } = require("./lib/cache-policy.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { contentSecurityPolicy, nothingRuns } = require("./lib/csp.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { availableParallelism } = require("node:os");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js) with only the files it
  // needs: what the Dockerfile ships and deploy/ runs behind nginx.
  output: "standalone",
  // The growth benchmark builds generated datasets into their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Prerendering is most of the build and grows with the data; Next's default
  // leaves one core idle (cores − 1 workers, so one worker on two cores).
  // Prefetch inlining measures every segment of every page gzipped, for the
  // client router's prefetches; the prerendered pages ship without that router.
  experimental: { cpus: availableParallelism(), prefetchInlining: false },
  // The dataset and the citation styles are read at build time (and by the
  // citation downloads at request time); trace them into the output.
  outputFileTracingIncludes: { "/**": ["./data/**/*", "./lib/citation/styles/*.csl"] },
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      {
        key: "Permissions-Policy",
        value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
      },
    ];
    return [
      { source: "/:path*", headers: everywhere },
      // Cache-Control here wins over Next's own and over a route's (see
      // lib/cache-policy.cjs). Not for /_next/static (Next marks it immutable),
      // the API (each reply sets its own: errors are not cached) or citations
      // (dated the day of download).
      { source: "/((?!_next/static/|api/|cite/).*)", headers: [{ key: "Cache-Control", value: untilNextBuild }] },
      { source: "/facts", headers: [{ key: "Cache-Control", value: perQuery }] },
      // The checker's answer to a posted text is for that reader only.
      { source: "/check", headers: [{ key: "Cache-Control", value: "no-store" }] },
      {
        // Everything but embeds refuses to be framed and keeps its own browsing context.
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      // Content-Security-Policy. When several rules match, the last one wins. Prerendered
      // pages run no inline script, so one static policy serves them; embeds may be
      // framed. Not for the explorer (/facts), rendered per request: proxy.ts gives it
      // a nonce for Next's scripts. Nor for the SVG download, which sets its own.
      { source: "/((?!facts$|panels/[^/]+/image\\.svg$).*)", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ framing: "none" }) }] },
      { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ framing: "any" }) }] },
      // Everything else is data, scripts or images: nothing may run.
      ...["/_next/:path*", "/api/:path*", "/data/:path*", "/cite/:path*", "/panels/:id/image.png", "/embed.js", "/embed-frame.js", "/copy.js", "/icon.svg", "/changes.xml"].map(
        (source) => ({ source, headers: [{ key: "Content-Security-Policy", value: nothingRuns }] }),
      ),
    ];
  },
};

module.exports = nextConfig;
