/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The growth benchmark builds generated datasets into their own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // The dataset and the citation styles are read at build time (and by the
  // citation downloads at request time); trace them into the output.
  outputFileTracingIncludes: { "/**": ["./data/**/*", "./lib/citation/styles/*.csl"] },
  async headers() {
    return [
      {
        // Everything but embeds refuses to be framed.
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      {
        // Embeds are made to be framed by any site.
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

module.exports = nextConfig;
