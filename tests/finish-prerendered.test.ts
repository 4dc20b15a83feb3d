// The one step after `next build` (scripts/finish-prerendered.ts, lib/build/prerendered.ts),
// run on a build folder made here: it strips the pages Next's manifest lists and
// fails when it cannot keep its promise.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { finishPrerendered } from "@/lib/build/prerendered";

const root = path.join(__dirname, "..");
const withRuntime = (body: string) =>
  `<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body>${body}<script>self.__next_f.push([1,"x"])</script></body></html>`;

let dist = "";
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A build folder: the manifest lists `routes` as pages; `files` maps a file under server/app to its HTML. */
function build(routes: string[], files: Record<string, string>): string {
  dist = mkdtempSync(path.join(os.tmpdir(), "kzil-finish-"));
  const manifest = { version: 4, routes: Object.fromEntries([...routes.map((r) => [r, { routeType: "page" }]), ["/data/facts.csv", { routeType: "route" }]]) };
  writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify(manifest));
  for (const [file, html] of Object.entries(files)) {
    const full = path.join(dist, "server", "app", file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, html);
  }
  return dist;
}
const read = (file: string) => readFileSync(path.join(dist, "server", "app", file), "utf8");
const standalone = (file: string) => path.join(dist, "standalone", dist, "server", "app", file);

/** The standalone server's copy of server/app, as `next build` writes it for output: "standalone". */
function copyForStandalone(files: Record<string, string>) {
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(path.dirname(standalone(file)), { recursive: true });
    writeFileSync(standalone(file), html);
  }
}

describe("finishing the prerendered pages", () => {
  it("strips every page the manifest lists, route groups and all, and counts them", () => {
    build(["/", "/panels/trade"], { "index.html": withRuntime("<h1>Home</h1>"), "(site)/panels/trade.html": withRuntime("<h1>Trade</h1>") });
    expect(finishPrerendered(dist)).toEqual({ pages: 2, copies: 1 });
    expect(read("index.html")).toBe("<html><head></head><body><h1>Home</h1></body></html>");
    expect(read("(site)/panels/trade.html")).not.toContain("_next");
  });

  it("fails on a page that keeps a script of Next's the strip did not recognise", () => {
    // As if Next wrote its attributes in single quotes: the strip's patterns match nothing.
    build(["/"], { "index.html": withRuntime("<h1>Home</h1><script src='/_next/static/chunks/b.js'></script>") });
    expect(() => finishPrerendered(dist)).toThrow(/^[\s\S]*\/ \(.*\) still holds a script of Next's \(\/_next\/static\/chunks\/b\.js\)/);
  });

  it("fails on a page that keeps its RSC payload", () => {
    // As if Next moved the payload into a script the strip keeps (one with an address outside /_next/).
    build(["/"], { "index.html": withRuntime('<script src="/rsc.js">self.__next_f=[]</script>') });
    expect(() => finishPrerendered(dist)).toThrow(/still holds the RSC payload/);
  });

  it("fails when a page Next prerendered was not found, as when Next moves its files", () => {
    build(["/", "/about", "/changes"], { "index.html": withRuntime("<h1>Home</h1>") });
    expect(() => finishPrerendered(dist)).toThrow(/2 of the 3 prerendered pages were not found \(\/about, \/changes\)/);
  });

  it("strips the standalone server's copy as well, each page by what that copy holds", () => {
    build(["/", "/about"], { "index.html": withRuntime("<h1>Home</h1>"), "about.html": withRuntime("<h1>About</h1>") });
    copyForStandalone({ "index.html": withRuntime("<h1>Home</h1>"), "about.html": withRuntime("<h1>About, as the standalone server has it</h1>") });
    expect(finishPrerendered(dist)).toEqual({ pages: 2, copies: 2 });
    expect(readFileSync(standalone("index.html"), "utf8")).toBe("<html><head></head><body><h1>Home</h1></body></html>");
    expect(readFileSync(standalone("about.html"), "utf8")).toBe("<html><head></head><body><h1>About, as the standalone server has it</h1></body></html>");
    expect(read("about.html")).toBe("<html><head></head><body><h1>About</h1></body></html>");
  });

  it("fails when only the standalone server's copy keeps a script, or lacks a page", () => {
    build(["/", "/about"], { "index.html": withRuntime("<h1>Home</h1>"), "about.html": withRuntime("<h1>About</h1>") });
    copyForStandalone({ "index.html": withRuntime("<h1>Home</h1><script src='/_next/static/chunks/b.js'></script>") });
    const standaloneApp = path.dirname(standalone("index.html"));
    expect(() => finishPrerendered(dist)).toThrow(`/ (${standaloneApp}) still holds a script of Next's (/_next/static/chunks/b.js)`);
    expect(() => finishPrerendered(dist)).toThrow(`${standaloneApp}: 1 of the 2 prerendered pages were not found (/about)`);
  });

  it("fails when the manifest lists no page at all", () => {
    build([], {});
    expect(() => finishPrerendered(dist)).toThrow(/lists no prerendered page/);
  });

  it("leaves the explorer's page alone: it runs React, is rendered per request and is not counted", () => {
    build(["/", "/facts"], { "index.html": withRuntime("<h1>Home</h1>"), "facts.html": withRuntime("<h1>Facts</h1>") });
    expect(finishPrerendered(dist)).toEqual({ pages: 1, copies: 1 });
    expect(read("facts.html")).toBe(withRuntime("<h1>Facts</h1>"));
  });

  it("reads only the pages' HTML, not the other files Next writes beside them", () => {
    const payload = '1:"$Sreact.fragment"\n<script src="/_next/static/chunks/a.js"></script>';
    build(["/"], { "index.html": withRuntime("<h1>Home</h1>"), "index.rsc": payload, "index.meta": "{}" });
    expect(finishPrerendered(dist)).toEqual({ pages: 1, copies: 1 });
    expect(read("index.rsc")).toBe(payload);
  });

  it("keeps in the route a folder whose name only contains parentheses; only a whole \"(group)\" folder is dropped", () => {
    build(["/panels/trade-(2019)", "/(y)z/w"], {
      "(site)/panels/trade-(2019).html": withRuntime("<h1>Trade</h1>"),
      "(y)z/w.html": withRuntime("<h1>W</h1>"),
    });
    expect(finishPrerendered(dist)).toEqual({ pages: 2, copies: 1 });
    expect(read("(y)z/w.html")).not.toContain("_next");
  });

  it("answers \"/\" only for the top-level index page, not for a page named index in a folder", () => {
    build(["/", "/index/more"], { "index.html": withRuntime("<h1>Home</h1>"), "index/more.html": withRuntime("<h1>More</h1>") });
    expect(finishPrerendered(dist)).toEqual({ pages: 2, copies: 1 });
    expect(read("index/more.html")).not.toContain("_next");
  });

  it("fails on a page the manifest does not list, as when Next renames its files", () => {
    build(["/"], { "index.html": withRuntime("<h1>Home</h1>"), "about.html": withRuntime("<h1>About</h1>") });
    expect(() => finishPrerendered(dist)).toThrow(/server\/app: pages Next's manifest does not list \(\/about\)/);
  });

  it("fails when the build folder holds no prerendered pages at all", () => {
    build(["/"], {});
    expect(() => finishPrerendered(dist)).toThrow(`${dist} holds no prerendered pages (server/app)`);
  });

  it("fails, saying to build first, when Next's manifest is missing", () => {
    dist = mkdtempSync(path.join(os.tmpdir(), "kzil-finish-"));
    expect(() => finishPrerendered(dist)).toThrow(`${path.join(dist, "prerender-manifest.json")} is missing: run \`next build\` first`);
  });

  it("fails, pointing to the README, when the manifest has no routes", () => {
    dist = mkdtempSync(path.join(os.tmpdir(), "kzil-finish-"));
    writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ version: 5, pages: {} }));
    expect(() => finishPrerendered(dist)).toThrow(`has no "routes": has Next changed its manifest? See "Upgrading Next" in the README`);
  });

  it("names the page that needs React in the browser", () => {
    build(["/about"], { "about.html": withRuntime("<button>Open</button>") });
    expect(() => finishPrerendered(dist)).toThrow(/^\/about: a script-free page cannot hold .*button.*: it needs React in the browser$/);
  });

  it("fails the build step itself: the script exits non-zero and says why", { timeout: 30_000 }, () => {
    build(["/", "/about"], { "index.html": withRuntime("<h1>Home</h1>") });
    const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/finish-prerendered.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NEXT_DIST_DIR: dist },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("1 of the 2 prerendered pages were not found (/about)");
  });
});
