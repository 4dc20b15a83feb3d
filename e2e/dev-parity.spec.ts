// `npm run dev` draws what production serves: the same server components with the
// same data, no step after the build but the one that strips Next's scripts. So a
// page's <body>, scripts aside, is the same in `next dev` as in the production build.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";

let dev = "";
let server: ChildProcess | undefined;

/** A port nothing listens on now, so the dev server cannot be confused with another left running. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  const port = await freePort();
  dev = `http://127.0.0.1:${port}`;
  // next dev keeps its output in .next/dev and reads the charts the production build drew.
  server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  await expect
    .poll(() => fetch(`${dev}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000, intervals: [500] })
    .toBe(200);
});

test.afterAll(() => {
  // The whole process group: next dev runs its server in a child process.
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  server = undefined;
});

/**
 * The page's <body> without any <script> element: what a reader gets. Also
 * without the empty comments React writes between adjacent text nodes, which
 * its development and production builds place differently (a page of the
 * stored text has dozens); they hold nothing and show nothing.
 */
const bodyWithoutScripts = (html: string) =>
  (/<body[\s\S]*<\/body>/.exec(html)?.[0] ?? "").replace(/<script\b[\s\S]*?<\/script>/g, "").replaceAll("<!-- -->", "");

const pages = [
  ["a chart panel's page", `/panels/${dataset.panels.find((p) => p.view === "series")!.id}`, "<section id="],
  ["the primary source's page", `/sources/${dataset.meta.primary_source}`, "<article>"],
] as const;

for (const [name, route, content] of pages) {
  test(`${name} is the same HTML in next dev as in production, scripts aside`, async ({ request, baseURL }) => {
    const production = await (await request.get(`${baseURL}${route}`)).text();
    const development = await (await request.get(`${dev}${route}`)).text();
    expect(production).not.toMatch(/<script[^>]*src="\/_next\/static\/chunks\//);
    expect(development).toMatch(/<script[^>]*src="\/_next\/static\/chunks\//);
    const body = bodyWithoutScripts(production);
    expect(body).toContain(content);
    expect(bodyWithoutScripts(development)).toBe(body);
  });
}
