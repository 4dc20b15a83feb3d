// The production shape, as deploy/ describes it: nginx from deploy/nginx.conf
// in front of two standalone instances (node .next/standalone/server.js, what
// the Dockerfile runs), on an empty cache.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Stack } from "../scripts/serve-stack.mjs";
import { dataset } from "./dataset";

const panel = dataset.panels.find((p) => p.view === "series")!;
// Each worktree or CI run picks its own ports (E2E_BENCH_PORT), clear of the benchmark's.
const port = Number(process.env.E2E_BENCH_PORT ?? 3350) + 20;
let stack: Stack;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const { startStack } = await import("../scripts/serve-stack.mjs");
  stack = await startStack({ port, count: 2, microCache: "60s" });
});

test.afterAll(async () => {
  await stack?.stop();
});

const gzip = { "accept-encoding": "gzip" };

/** The body's length as sent, not decoded. */
function wireBytes(address: string, encoding: string) {
  return new Promise<number>((resolve, reject) => {
    http
      .get(stack.origin + address, { headers: { "accept-encoding": encoding } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

async function twice(request: APIRequestContext, address: string, headers: Record<string, string> = gzip) {
  const first = await request.get(stack.origin + address, { headers });
  const second = await request.get(stack.origin + address, { headers });
  return { first, second };
}

test("built pages, images, downloads and assets come from nginx's cache, compressed once", async ({ request }) => {
  const home = await twice(request, "/");
  expect(home.first.status()).toBe(200);
  expect(home.first.headers()["x-cache-status"]).toBe("MISS");
  expect(home.second.headers()["x-cache-status"]).toBe("HIT");
  expect(home.second.headers()["content-encoding"]).toBe("gzip");
  expect(home.second.headers()["cache-control"]).toContain("s-maxage=31536000");
  // The standalone server sends each page's own policy from the build: the home page runs no inline script.
  expect(home.second.headers()["content-security-policy"]).toContain("script-src 'self';");

  // A client that does not take gzip gets the same page, unzipped, from the same cached copy.
  const plain = await request.get(stack.origin + "/", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["x-cache-status"]).toBe("HIT");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(await home.second.text());

  // A browser's conditional request is answered by nginx alone.
  const etag = home.second.headers()["etag"]!;
  const revalidated = await request.get(stack.origin + "/", { headers: { ...gzip, "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);

  const image = await twice(request, `/panels/${panel.id}/image.png`);
  expect(image.second.headers()["x-cache-status"]).toBe("HIT");
  expect(image.second.headers()["content-type"]).toBe("image/png");
  expect(image.second.headers()["etag"]).toBeTruthy();
  expect(image.second.headers()["cache-control"]).toContain("s-maxage=31536000");
  expect(image.second.headers()["vary"]).toBeUndefined();

  const csv = await twice(request, "/data/facts.csv");
  expect(csv.second.headers()["x-cache-status"]).toBe("HIT");
  expect(csv.second.headers()["content-encoding"]).toBe("gzip");
  expect(csv.second.headers()["x-dataset-version"]).toBe(dataset.meta.version);
  expect(csv.second.headers()["vary"]).toBe("Accept-Encoding");

  // Built pages ship no script of Next's; the explorer, rendered per request, does.
  const explorer = await request.get(`${stack.origin}/facts`);
  const script = (await explorer.text()).match(/\/_next\/static\/[^"]+\.js/)![0];
  const asset = await twice(request, script);
  expect(asset.second.headers()["x-cache-status"]).toBe("HIT");
  expect(asset.second.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("a browser that takes brotli gets a stored brotli copy, the same page in fewer bytes", async ({ request }) => {
  // Chromium's own Accept-Encoding. The gzip copy was stored by the test above.
  const browser = { "accept-encoding": "gzip, deflate, br, zstd" };
  for (const address of ["/about", `/embed/${panel.id}`, "/api/v1/facts?q=visa"]) {
    const br = await twice(request, address, browser);
    expect(br.first.headers()["x-cache-status"]).toBe("MISS");
    expect(br.second.headers()["x-cache-status"]).toBe("HIT");
    expect(br.second.headers()["content-encoding"]).toBe("br");
    const gzipped = await request.get(stack.origin + address, { headers: gzip });
    expect(gzipped.headers()["content-encoding"]).toBe("gzip");
    // Both arrive decoded: the same document either way.
    expect(await br.second.text()).toBe(await gzipped.text());
  }
  // Fewer bytes on the wire than gzip's copy.
  expect(await wireBytes("/", "br")).toBeLessThan(await wireBytes("/", "gzip"));
  // A picture is already compressed: one stored copy for everyone.
  const image = await request.get(stack.origin + `/panels/${panel.id}/image.png`, { headers: browser });
  expect(image.headers()["x-cache-status"]).toBe("HIT");
  expect(image.headers()["content-encoding"]).toBeUndefined();
});

test("the explorer and the API are micro-cached by their full address", async ({ request }) => {
  const oil = await twice(request, "/api/v1/facts?q=oil");
  expect(oil.first.headers()["x-cache-status"]).toBe("MISS");
  expect(oil.second.headers()["x-cache-status"]).toBe("HIT");
  expect(oil.second.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(oil.second.headers()["vary"]).toBe("Accept-Encoding");
  // Another query is another entry, with its own answer.
  const trade = await request.get(stack.origin + "/api/v1/facts?q=trade", { headers: gzip });
  expect(trade.headers()["x-cache-status"]).toBe("MISS");
  const ids = async (r: typeof trade) => ((await r.json()) as { data: Array<{ id: string }> }).data.map((f) => f.id);
  expect(await ids(trade)).not.toEqual(await ids(oil.second));
  expect(await ids(trade)).not.toEqual([]);

  const explorer = await twice(request, "/facts?q=oil");
  expect(explorer.first.headers()["x-cache-status"]).toBe("MISS");
  expect(explorer.second.headers()["x-cache-status"]).toBe("HIT");
  expect(explorer.second.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);

  // The health check answers from an instance every time.
  const health = await twice(request, "/api/health");
  expect(health.second.headers()["x-cache-status"]).toBeUndefined();
  const buildId = readFileSync(path.join(__dirname, "..", ".next", "BUILD_ID"), "utf8").trim();
  expect(await health.second.json()).toEqual({ status: "ok", dataset: { version: dataset.meta.version }, build: buildId });
});

test("a cold page asked for by many at once is rendered once", async ({ request }) => {
  const address = `/sources/${dataset.meta.primary_source}`;
  const responses = await Promise.all(Array.from({ length: 20 }, () => request.get(stack.origin + address, { headers: gzip })));
  expect(responses.map((r) => r.status())).toEqual(Array(20).fill(200));
  const statuses = responses.map((r) => r.headers()["x-cache-status"]);
  expect(statuses.filter((s) => s === "MISS")).toHaveLength(1);
});

// Stopped as Docker or an orchestrator stops it (SIGTERM). A crash (SIGKILL) also
// costs nothing for requests that reach it afterwards, but a response it was in the
// middle of sending is lost: nginx cannot retry what it has begun to pass on.
test("an instance stopped while requests come in costs no request", async ({ request }) => {
  test.setTimeout(60_000);
  // Addresses no cache holds, so every request reaches an instance.
  const addresses = Array.from({ length: 240 }, (_, i) => (i % 2 ? "/api/health" : `/api/v1/facts?q=word${i}`));
  const failures: string[] = [];
  let sent = 0;
  let stopped: Promise<unknown> | undefined;
  async function client() {
    while (sent < addresses.length) {
      const address = addresses[sent++]!;
      if (sent === 60) stopped = stack.instances[0]!.terminate();
      const response = await request.get(stack.origin + address, { headers: gzip }).catch((e: Error) => e);
      if (response instanceof Error) failures.push(`${address}: ${response.message}`);
      else if (response.status() !== 200) failures.push(`${address}: ${response.status()}`);
    }
  }
  await Promise.all(Array.from({ length: 6 }, client));
  await stopped;
  expect(stack.instances[0]!.exited()).toBe(true);
  // Once it is gone, nginx finds out on a request it then retries on the other instance.
  for (let i = 0; i < 20; i++) {
    const response = await request.get(`${stack.origin}/api/v1/facts?q=after${i}`, { headers: gzip });
    if (response.status() !== 200) failures.push(`after${i}: ${response.status()}`);
  }
  expect(failures).toEqual([]);
});
