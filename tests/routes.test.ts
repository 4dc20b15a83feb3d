// Every address lib/routes.ts builds, for real ids of the valid fixture, must
// be served: matched against the App Router's route files (app/**/page.tsx,
// route.ts; [id] and [...path] as patterns, route groups dropped) and the
// static files of public/. A builder that produces an address with no route,
// or a builder this test does not try, fails it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { citationFiles, type CitationFileFormat } from "@/lib/citation/styles";
import { loadDataset } from "@/lib/dataset/load";
import { downloadFiles } from "@/lib/open-data/downloads";
import { absolute, evidenceAnchor, quoteAnchor, routes } from "@/lib/routes";

const root = path.resolve(import.meta.dirname, "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

function segmentPattern(segment: string): string {
  if (/^\[\[\.\.\.[^\]]+\]\]$/.test(segment)) return "(?:/.+)?";
  if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return "/.+";
  if (/^\[[^\]]+\]$/.test(segment)) return "/[^/]+";
  return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
}

/** Each route of app/ (and each file of public/) as the file serving it and a pattern of the paths it serves. */
const served: Array<{ file: string; pattern: RegExp }> = [
  ...filesUnder(path.join(root, "app"))
    .filter((file) => /^(page\.tsx|route\.tsx?)$/.test(path.basename(file)))
    .map((file) => {
      const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
      return { file: path.relative(root, file), pattern: new RegExp(`^${segments.map(segmentPattern).join("") || "/"}$`) };
    }),
  ...filesUnder(path.join(root, "public")).map((file) => {
    const address = `/${path.relative(path.join(root, "public"), file).split(path.sep).join("/")}`;
    return { file: path.relative(root, file), pattern: new RegExp(`^${address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) };
  }),
];

/** The route file that serves `address` (query and fragment ignored), or null. */
function servedBy(address: string): string | null {
  const pathname = new URL(address, "http://site.test").pathname;
  return served.find((route) => route.pattern.test(pathname))?.file ?? null;
}

/** Real ids of the valid fixture, and the addresses each builder makes for them; built inside each test, so mutation testing sees which test runs which builder. */
function setup() {
  const dataset = loadDataset(path.join(root, "tests", "fixtures", "valid"));
  const fact = dataset.facts.find((f) => f.evidence.length > 0) ?? dataset.facts[0]!;
  const source = dataset.sources[0]!;
  const panel = dataset.panels[0]!;
  const formats = Object.keys(citationFiles) as CitationFileFormat[];

  // One entry per builder, named by its path in `routes`: the addresses it builds for real ids.
  const built: Record<string, string[]> = {
    home: [routes.home()],
    about: [routes.about(), routes.about("downloads")],
    apiDocs: [routes.apiDocs()],
    explorer: [routes.explorer(), routes.explorer(`verdict=${fact.verdict.rating}&topic=${fact.topic}`)],
    fact: [routes.fact(fact.id)],
    check: [routes.check()],
    source: [routes.source(source.id), routes.source(source.id, quoteAnchor(fact.id))],
    quoteInSource: [routes.quoteInSource(fact)],
    evidenceInSource: fact.evidence.map((e, index) => routes.evidenceInSource(fact.id, e.source, index)),
    table: [routes.table("cow-v4-peacesciencer"), routes.table("cow-v4-peacesciencer", 3)],
    panels: [routes.panels()],
    panel: [routes.panel(panel.id)],
    panelImage: [routes.panelImage(panel.id), routes.panelImage(panel.id, "png"), routes.panelImage(panel.id, "svg")],
    embed: [routes.embed(panel.id)],
    embedScript: [routes.embedScript()],
    embedFrameScript: [routes.embedFrameScript()],
    copyScript: [routes.copyScript()],
    changes: [routes.changes(), routes.changes(dataset.meta.version)],
    releaseSection: [routes.releaseSection(dataset.meta.version)],
    changesFeed: [routes.changesFeed()],
    download: downloadFiles.map((file) => routes.download(file)),
    panelCsv: [routes.panelCsv(panel.id)],
    citation: formats.flatMap((format) =>
      (["dataset", { kind: "facts", id: fact.id }, { kind: "sources", id: source.id }, { kind: "panels", id: panel.id }] as const).map((target) =>
        routes.citation(target, citationFiles[format]),
      ),
    ),
    "api.facts": [routes.api.facts(), routes.api.facts("q=oil&limit=5")],
    "api.fact": [routes.api.fact(fact.id)],
    "api.sources": [routes.api.sources()],
    "api.source": [routes.api.source(source.id)],
    "api.panels": [routes.api.panels()],
    "api.series": [routes.api.series()],
    "api.panel": [routes.api.panel(panel.id)],
    "api.changes": [routes.api.changes()],
    "api.openapi": [routes.api.openapi()],
    "api.check": [routes.api.check()],
    "api.health": [routes.api.health()],
    "api.oembed": [routes.api.oembed(absolute(routes.panel(panel.id)))],
  };
  return { dataset, fact, source, panel, built };
}

function builderNames(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([name, value]) =>
    typeof value === "function" ? [`${prefix}${name}`] : builderNames(value as object, `${prefix}${name}.`),
  );
}

describe("lib/routes.ts", () => {
  it("is tried here builder by builder, each with at least one address", () => {
    const { built } = setup();
    expect(Object.keys(built).sort()).toEqual(builderNames(routes).sort());
    for (const [name, addresses] of Object.entries(built)) expect(addresses.length, name).toBeGreaterThan(0);
  });

  it.each(builderNames(routes))("builds addresses the site serves: %s", (name) => {
    const addresses = setup().built[name] ?? [];
    expect(addresses.length, name).toBeGreaterThan(0);
    for (const address of addresses) {
      expect(address.startsWith("/"), address).toBe(true);
      expect(servedBy(address), address).not.toBeNull();
    }
  });

  it("finds no route for addresses the site does not serve", () => {
    const { fact, panel } = setup();
    for (const address of [`/fact/${fact.id}`, `/panels/${panel.id}/image.gif`, `/panels/${panel.id}/chart`, "/api/v2/facts", `/embed/${panel.id}/x`, "/cite"]) {
      expect(servedBy(address), address).toBeNull();
    }
  });

  it("matches each kind of route file to the addresses it serves", () => {
    const { fact, panel } = setup();
    expect(servedBy(routes.fact(fact.id))).toBe(path.join("app", "(site)", "facts", "[id]", "page.tsx"));
    expect(servedBy(routes.citation({ kind: "panels", id: panel.id }, citationFiles.bibtex))).toBe(path.join("app", "cite", "[...path]", "route.ts"));
    expect(servedBy(routes.panelImage(panel.id, "svg"))).toBe(path.join("app", "(site)", "panels", "[id]", "image.svg", "route.ts"));
    expect(servedBy(routes.embedScript())).toBe(path.join("public", "embed.js"));
    expect(servedBy(routes.embedFrameScript())).toBe(path.join("public", "embed-frame.js"));
    expect(servedBy(routes.copyScript())).toBe(path.join("public", "copy.js"));
    expect(servedBy(routes.home())).toBe(path.join("app", "(site)", "page.tsx"));
    expect(servedBy(routes.changes("0.4.3"))).toBe(path.join("app", "(site)", "changes", "[version]", "page.tsx"));
    expect(servedBy(routes.releaseSection("0.4.3"))).toBe(path.join("app", "(site)", "changes", "page.tsx"));
  });

  it("links to the same ids the source page gives its highlighted passages", () => {
    const { fact, source } = setup();
    expect(routes.quoteInSource(fact)).toBe(`${routes.source(fact.quote.source)}#${quoteAnchor(fact.id)}`);
    expect(routes.evidenceInSource(fact.id, source.id, 0)).toBe(`${routes.source(source.id)}#${evidenceAnchor(fact.id, 0)}`);
  });

  it("makes addresses absolute under the origin given, and encodes the page an oEmbed request names", () => {
    const { panel } = setup();
    expect(absolute(routes.panel(panel.id), "https://example.org/kz")).toBe(`https://example.org/kz/panels/${panel.id}`);
    const oembed = new URL(absolute(routes.api.oembed("https://example.org/facts/a?b=c&d"), "https://example.org"));
    expect(oembed.searchParams.get("url")).toBe("https://example.org/facts/a?b=c&d");
    expect(oembed.searchParams.get("format")).toBe("json");
  });
});
