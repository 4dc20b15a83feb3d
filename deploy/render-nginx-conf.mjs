// Fills in deploy/nginx.conf. As a command:
//   node deploy/render-nginx-conf.mjs --listen 80 --upstream app-1:3000 --upstream app-2:3000 \
//     --cache-dir /var/cache/nginx/site --state-dir /var/lib/nginx/site > /etc/nginx/nginx.conf
// (--brotli-module /path/to/ngx_http_brotli_filter_module.so where it is not Debian's)
// The tests and the benchmark call renderNginxConf() with loopback ports.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const template = path.join(path.dirname(fileURLToPath(import.meta.url)), "nginx.conf");
// Where Debian's libnginx-mod-http-brotli-filter puts ngx_brotli's filter.
export const debianBrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

/**
 * @param {{ listen: string, upstreams: string[], cacheDir: string, stateDir: string, workers?: string, microCache?: string, brotliModule?: string }} options
 */
export function renderNginxConf({ listen, upstreams, cacheDir, stateDir, workers = "auto", microCache = "5s", brotliModule = debianBrotliModule }) {
  if (upstreams.length === 0) throw new Error("nginx needs at least one upstream instance");
  const values = {
    LISTEN: listen,
    // A failed instance is left alone for 5 s, then tried again.
    UPSTREAMS: upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join("\n"),
    CACHE_DIR: cacheDir,
    STATE_DIR: stateDir,
    WORKERS: workers,
    MICRO_CACHE: microCache,
    BROTLI_MODULE: brotliModule,
  };
  return readFileSync(template, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`deploy/nginx.conf: unknown placeholder {{${name}}}`);
    return values[name];
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const all = (flag) => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]] : []));
  const one = (flag, fallback) => all(flag)[0] ?? fallback;
  process.stdout.write(
    renderNginxConf({
      listen: one("--listen", "80"),
      upstreams: all("--upstream"),
      cacheDir: one("--cache-dir", "/var/cache/nginx/site"),
      stateDir: one("--state-dir", "/var/lib/nginx/site"),
      workers: one("--workers", "auto"),
      microCache: one("--micro-cache", "5s"),
      brotliModule: one("--brotli-module", debianBrotliModule),
    }),
  );
}
