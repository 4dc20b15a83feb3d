// The server-only doors to data/ (the dataset, its history, the /data/
// downloads), on the open-data fixture through DATA_DIR as the growth
// benchmark uses it. `server-only` throws outside a React server bundle, so it
// is stubbed here (vi.mock is hoisted above the imports); ESLint keeps these
// modules out of client code. Imported statically: a module first evaluated
// inside a test would make mutation testing count its constants as tested there.
import path from "node:path";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { serveApi } from "@/lib/api/serve";
import { buildId } from "@/lib/build-id";
import { chartFile, chartsDir } from "@/lib/charts/files";
import { chartMarkup, panelDrawings } from "@/lib/charts/markup";
import { dataHash, writeChartManifest } from "@/lib/charts/manifest";
import * as queries from "@/lib/dataset/queries";
import * as history from "@/lib/history/queries";
import * as serve from "@/lib/open-data/serve";

vi.mock("server-only", () => ({}));

const dir = path.join(__dirname, "fixtures", "open-data");
const yaml = (file: string) => parseYaml(readFileSync(path.join(dir, file), "utf8")) as unknown;

beforeAll(() => {
  vi.stubEnv("DATA_DIR", dir);
});
afterAll(() => {
  vi.unstubAllEnvs();
});

describe("lib/dataset/queries", () => {
  it("reads DATA_DIR once and finds each record by id", async () => {
    const meta = yaml("dataset.yaml") as { version: string };
    expect(queries.getDataset().meta.version).toBe(meta.version);
    expect(queries.getDataset()).toBe(queries.getDataset());
    const panelIds = (yaml("panels.yaml") as Array<{ id: string }>).map((p) => p.id);
    expect(queries.listPanels().map((p) => p.id)).toEqual(panelIds);
    expect(queries.getPanel(panelIds[1]!)?.id).toBe(panelIds[1]);
    expect(queries.getPanel("no-such-panel")).toBeUndefined();
    expect(queries.getFact("oil-share")?.quote.source).toBe("article");
    expect(queries.getFact("no-such-fact")).toBeUndefined();
    expect(queries.listFacts()).toHaveLength(6);
    expect(queries.getSource("ministry")?.text).toBe(readFileSync(path.join(dir, "sources", "ministry.txt"), "utf8"));
    expect(queries.getSource("no-such-source")).toBeUndefined();
    expect(queries.listSources().map((s) => s.id).sort()).toEqual(["article", "ministry", "report"]);
  });

  it("reads the dataset once per build worker, even when Next evaluates the module again", async () => {
    const first = queries.getDataset();
    vi.resetModules();
    const again = await import("@/lib/dataset/queries");
    expect(again).not.toBe(queries);
    expect(again.getDataset()).toBe(first);
    expect(again.getFact("oil-share")).toBe(queries.getFact("oil-share"));
  });

  it("keeps one dataset per data folder, so a build of other data never reads this one", () => {
    const openData = queries.getDataset();
    vi.stubEnv("DATA_DIR", path.join(__dirname, "fixtures", "valid"));
    try {
      expect(queries.getDataset().meta.title).toBe((parseYaml(readFileSync(path.join(__dirname, "fixtures", "valid", "dataset.yaml"), "utf8")) as { title: string }).title);
      expect(queries.getDataset()).not.toBe(openData);
    } finally {
      vi.stubEnv("DATA_DIR", dir);
    }
    expect(queries.getDataset()).toBe(openData);
  });
});

describe("lib/history/queries", () => {
  it("has the data of this build as the only release when no snapshot exists, so nothing has changed yet", async () => {
    const releases = history.listReleases();
    expect(releases.map((r) => r.version)).toEqual(["2.3.4"]);
    expect(history.listReleases()).toBe(releases);
    expect(history.factHistory("oil-share")).toEqual([]);
    expect(history.sourceHistory("article")).toEqual([]);
  });
});

describe("lib/open-data/serve", () => {
  it("serves each download with its headers and an ETag of the body, and a plain 404 for any other name", async () => {
    const csv = serve.downloadResponse("facts.csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Disposition")).toBe('attachment; filename="facts-v2.3.4.csv"');
    expect(csv.headers.get("ETag")).toMatch(/^"2\.3\.4-[A-Za-z0-9_-]{22}"$/);
    expect((await csv.text()).split("\n")[0]).toMatch(/^id,/);
    const json = serve.downloadResponse("facts.json");
    expect(JSON.parse(await json.text())).toMatchObject({ version: "2.3.4" });
    expect(json.headers.get("ETag")).not.toBe(csv.headers.get("ETag"));
    const missing = serve.downloadResponse("secrets.csv");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(await missing.text()).toBe("No download has this name.\n");
  });

  it("serves one CSV per panel, and a plain 404 for an unknown panel", async () => {
    const panelIds = (yaml("panels.yaml") as Array<{ id: string }>).map((p) => p.id);
    expect(serve.panelCsvParams()).toEqual(panelIds.map((id) => ({ file: `${id}.csv` })));
    const first = serve.panelCsvResponse(`${panelIds[0]}.csv`);
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Disposition")).toBe(`attachment; filename="${panelIds[0]}-v2.3.4.csv"`);
    expect(first.headers.get("ETag")).toMatch(/^"2\.3\.4-/);
    for (const file of ["no-such-panel.csv", "Bad Name.csv"]) {
      const missing = serve.panelCsvResponse(file);
      expect(missing.status, file).toBe(404);
      expect(await missing.text()).toBe("No panel has this id.\n");
    }
  });
});

describe("lib/api/serve", () => {
  it("answers a request from the query, the path's id and If-None-Match", async () => {
    const listed = await serveApi("/facts", new NextRequest("http://localhost/api/v1/facts?topic=energy"));
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { version: string; data: Array<{ topic: string }> };
    expect(body.version).toBe("2.3.4");
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((f) => f.topic === "energy")).toBe(true);
    const etag = listed.headers.get("ETag")!;
    const again = await serveApi("/facts", new NextRequest("http://localhost/api/v1/facts?topic=energy", { headers: { "If-None-Match": etag } }));
    expect(again.status).toBe(304);
    const one = await serveApi("/facts/{id}", new NextRequest("http://localhost/api/v1/facts/oil-share"), Promise.resolve({ id: "oil-share" }));
    expect(((await one.json()) as { data: { id: string } }).data.id).toBe("oil-share");
    const none = await serveApi("/panels/{id}", new NextRequest("http://localhost/api/v1/panels/nope"), Promise.resolve({ id: "nope" }));
    expect(none.status).toBe(404);
  });
});

describe("lib/charts/files", () => {
  it("keeps the charts beside the build output, whatever the dist dir", () => {
    expect(chartsDir(".next")).toBe(path.resolve(process.cwd(), ".next-charts"));
    expect(chartsDir("bench/.growth/")).toBe(path.resolve(process.cwd(), "bench/.growth-charts"));
    expect(chartFile("oil-share", "download", "/charts")).toBe("/charts/oil-share.download.svg");
  });
});

describe("lib/charts/markup and lib/build-id, on a build folder of their own", () => {
  const build = mkdtempSync(path.join(os.tmpdir(), "kzil-dist-"));
  afterAll(() => rmSync(`${build}-charts`, { recursive: true, force: true }));
  afterAll(() => rmSync(build, { recursive: true, force: true }));

  it("refuses charts drawn from other data than the build's: next build alone never ships old charts", () => {
    vi.stubEnv("NEXT_DIST_DIR", build);
    mkdirSync(`${build}-charts`, { recursive: true });
    writeFileSync(path.join(`${build}-charts`, "oil.download.svg"), "<svg/>");
    expect(() => chartMarkup("oil", "download")).toThrow(/manifest\.json is missing/);
    const version = (yaml("dataset.yaml") as { version: string }).version;
    writeChartManifest(`${build}-charts`, { version, dataHash: "drawn-from-older-data" });
    expect(() => chartMarkup("oil", "download")).toThrow(/refusing the charts in .*: the charts were drawn from other data than/);
  });

  it("reads the chart the build drew, and says which script draws it when it is missing", async () => {
    vi.stubEnv("NEXT_DIST_DIR", build);
    mkdirSync(`${build}-charts`, { recursive: true });
    writeChartManifest(`${build}-charts`, { version: (yaml("dataset.yaml") as { version: string }).version, dataHash: dataHash(dir) });
    writeFileSync(path.join(`${build}-charts`, "oil.download.svg"), "<svg/>");
    expect(chartMarkup("oil", "download")).toBe("<svg/>");
    expect(() => chartMarkup("gas", "download")).toThrow(/gas\.download\.svg is missing: charts are drawn by `tsx scripts\/render-charts\.tsx`/);
  });

  it("gives a chart panel its drawing in each layout, and a card or list panel none", () => {
    vi.stubEnv("NEXT_DIST_DIR", build);
    mkdirSync(`${build}-charts`, { recursive: true });
    writeFileSync(path.join(`${build}-charts`, "oil.wide.svg"), "<svg>wide</svg>");
    writeFileSync(path.join(`${build}-charts`, "oil.narrow.svg"), "<svg>narrow</svg>");
    expect(panelDrawings({ id: "oil", view: "series" })).toEqual({ wide: "<svg>wide</svg>", narrow: "<svg>narrow</svg>" });
    expect(panelDrawings({ id: "oil", view: "headline" })).toBeNull();
    expect(() => panelDrawings({ id: "gas", view: "bar" })).toThrow(/gas\.wide\.svg is missing/);
  });

  it("gives the id of the build, without the line break, and the same one every time", async () => {
    // A dist dir is relative to the folder the server runs from.
    vi.stubEnv("NEXT_DIST_DIR", path.relative(process.cwd(), build));
    writeFileSync(path.join(build, "BUILD_ID"), "abc123\n");
    expect(buildId()).toBe("abc123");
    writeFileSync(path.join(build, "BUILD_ID"), "changed\n");
    expect(buildId()).toBe("abc123");
  });
});
