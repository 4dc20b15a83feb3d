/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The dataset is read from data/ at build time; trace it into the output.
  outputFileTracingIncludes: { "/**": ["./data/**/*"] },
};

module.exports = nextConfig;
