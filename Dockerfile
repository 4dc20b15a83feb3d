# syntax=docker/dockerfile:1
# The site as one stateless container: the standalone Next.js server with the
# dataset baked in. Run as many as you like behind nginx (deploy/) or a CDN.
#   docker build -t kz-il-dashboard .
#   docker run --rm -p 3000:3000 kz-il-dashboard
# Set SITE_URL at build time for absolute URLs in JSON-LD and citations:
#   docker build --build-arg SITE_URL=https://example.org -t kz-il-dashboard .

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
ARG SITE_URL
ENV SITE_URL=${SITE_URL}
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# Checks the data, builds, hashes each page's scripts into its CSP and
# completes .next/standalone (static assets, public/).
RUN npm run -s build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Only the server and the files it traced (the dataset, the citation styles).
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
