/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The growth benchmark builds generated datasets into their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // recharts animates through react-smooth; our charts never animate (they are
  // drawn on the server), so a static stand-in saves the browser its code.
  turbopack: { resolveAlias: { "react-smooth": "./lib/vendor/static-animate.tsx" } },
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
      {
        // Everything but embeds refuses to be framed and keeps its own browsing context.
        // (The Content-Security-Policy with frame-ancestors is set per page by proxy.ts.)
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // Static chunks are not seen by the proxy; give them a policy too.
        source: "/_next/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

module.exports = nextConfig;
