import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PanelChart } from "@/components/charts/panel-chart";
import { TradeChart } from "@/components/charts/trade-chart";
import { layoutSpec, tipLines, wrapWords } from "@/lib/charts/layout";
import { tradeSeries } from "@/lib/charts/series";
import type { Fact, Figure, Panel } from "@/lib/dataset/schema";
import { cleanChartSvg, extractSvg } from "@/lib/charts/svg-clean";

const fact = (id: string, figure: Figure, rating: Fact["verdict"]["rating"] = "confirmed"): Fact => ({
  id,
  topic: "trade",
  statement: `Statement ${id}`,
  quote: { source: "src", text: "-", attribution: "narration" },
  figure,
  verdict: { rating, summary: "-" },
  evidence: [],
});
const facts = [
  fact("turnover-2011", { value: 1544, unit: "usd-million", measure: "Turnover", as_of: { kind: "exact", date: "2011" }, qualifier: "exactly" }),
  fact("imports-2019", { value: 1.4, unit: "usd-billion", measure: "Imports", as_of: { kind: "exact", date: "2019-06" }, qualifier: "over" }, "qualified"),
  fact("imports-2012", { value: 1.5, unit: "usd-billion", measure: "Imports", as_of: { kind: "exact", date: "2012" }, qualifier: "about" }),
];
const panel: Panel = { id: "trade", title: "Trade", description: "-", view: "series", facts: facts.map((f) => f.id) };
const draw = (layout: "wide" | "narrow") =>
  cleanChartSvg(extractSvg(renderToStaticMarkup(<PanelChart resolved={{ panel, facts, sources: [] }} primarySourceId="src" layout={layout} />)), "inline");

describe("a chart drawn for the page", () => {
  it("makes every figure a link to its fact, named with its value, date and verdict", () => {
    const svg = draw("wide");
    for (const f of facts) expect(svg).toContain(`href="/facts/${f.id}"`);
    expect(svg).toContain("<title>over $1.4 billion · as of June 2019 · verdict: Qualified · Imports</title>");
    // The same words are in the tip that CSS shows on focus.
    expect(svg).toMatch(/class="chart-tip"[^>]*>[^]*?over \$1\.4 billion/);
  });

  it("is drawn at each layout's width", () => {
    expect(draw("wide")).toContain(`viewBox="0 0 ${layoutSpec.wide.width} `);
    expect(draw("narrow")).toContain(`viewBox="0 0 ${layoutSpec.narrow.width} `);
  });

  it("joins points by a line only within a declared series", () => {
    const declared = (f: Fact): Fact => (f.figure?.measure === "Imports" ? { ...f, figure: { ...f.figure, series: "imports" } } : f);
    const render = (list: Fact[]) =>
      renderToStaticMarkup(<TradeChart id="t" title="T" layout="wide" describe={() => []} series={tradeSeries(list)} />);
    expect(render(facts)).not.toContain("stroke-dasharray");
    expect(render(facts.map(declared))).toContain("stroke-dasharray");
  });
});

describe("a chart with nothing to draw", () => {
  const noMoney = facts.map((f) => ({ ...f, figure: { ...f.figure!, unit: "percent" as const } }));
  const emptyDraw = (view: Panel["view"], list: Fact[], layout: "wide" | "narrow" = "wide") =>
    cleanChartSvg(extractSvg(renderToStaticMarkup(<PanelChart resolved={{ panel: { ...panel, view }, facts: list, sources: [] }} primarySourceId="src" layout={layout} />)), "inline");

  it.each([
    ["series", noMoney, "a dated money figure"],
    ["timeline", facts, "an event"],
    ["bar", facts, "a figure from another source than the primary article"],
    ["share", facts, "a percentage"],
  ] as const)("a %s chart says there is no data, not an empty grid", (view, list, missing) => {
    const svg = emptyDraw(view, list);
    expect(svg).toContain("No data available.");
    expect(svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain(`None of this panel’s facts has ${missing} to draw.`);
    expect(svg).not.toContain("recharts-cartesian-grid");
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Trade: No data available.');
  });

  it("fits the narrow layout too", () => {
    expect(emptyDraw("timeline", facts, "narrow")).toContain(`viewBox="0 0 ${layoutSpec.narrow.width} `);
  });
});

describe("cleanChartSvg", () => {
  const raw =
    '<svg class="recharts-surface" width="640" height="100" viewBox="0 0 640 100" style="width:100%"><line x="3" width="5" x1="0" y1="0" x2="10" y2="0" stroke="#000"/>' +
    '<text orientation="bottom" name="Year" x="1.23456" y="2" class="recharts-text chart-tip" fill="var(--ink)" font-size="13"><tspan x="1.23456" dy="0.71em">2019</tspan></text>' +
    '<a href="/facts/x" class="chart-mark"><title>x</title><circle cx="1" cy="1" r="6"/></a></svg>';

  it("drops what SVG does not allow and what CSS says, keeps links, names and our classes", () => {
    const svg = cleanChartSvg(raw, "inline");
    expect(svg).not.toMatch(/orientation=|name=|width=|style=|recharts/);
    expect(svg).not.toMatch(/<line[^>]* x=/);
    expect(svg).toContain('href="/facts/x"');
    expect(svg).toContain("<title>x</title>");
    expect(svg).toContain('class="chart-tip"');
    expect(svg).toContain('class="chart-mark"');
    expect(svg).toContain('viewBox="0 0 640 100"');
    expect(svg).toMatch(/<text[^>]*>2019<\/text>/);
  });

  it("keeps width and height and the namespace for a standalone file", () => {
    const svg = cleanChartSvg(raw.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"'), "standalone");
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('width="640"');
  });
});

describe("cleanChartSvg, element by element", () => {
  const clean = (inner: string, svgAttributes = "") => cleanChartSvg(`<svg viewBox="0 0 10 10"${svgAttributes}>${inner}</svg>`, "inline");

  it("keeps all of our classes, space-separated, and a drawn element's own style; drops only the chart's wrapper style", () => {
    const svg = clean('<g style="opacity:0.5" class="recharts-layer chart-a chart-b"><circle r="1"/></g>', ' style="width:100%"');
    expect(svg).toContain('class="chart-a chart-b"');
    expect(svg).toContain('style="opacity:.5"');
    expect(svg).not.toContain("width:100%");
  });

  it("drops recharts' clip path and nothing beside it", () => {
    const svg = clean('<defs><clipPath id="c"><rect width="1" height="1"/></clipPath></defs><circle r="1"/>');
    expect(svg).not.toContain("clipPath");
    expect(svg).toContain('<circle r="1"/>');
  });

  it("folds a lone tspan into its text, keeping a shift of the line but not a zero one", () => {
    expect(clean('<text x="1" y="2"> <tspan x="1" dy="0.71em">2019</tspan> </text>')).toContain('<text x="1" y="2" dy=".7em">2019</text>');
    expect(clean('<text x="1" y="4"><tspan x="1" dy="0">b</tspan></text>')).toContain('<text x="1" y="4">b</text>');
  });

  it("keeps a tspan that moves its text elsewhere, and text of several tspans", () => {
    expect(clean('<text x="1" y="3"><tspan x="5">a</tspan></text>')).toContain('<tspan x="5">a</tspan>');
    expect(clean('<text x="1" y="4"><tspan x="1">c</tspan><tspan x="1">d</tspan></text>')).toContain('<tspan x="1">c</tspan><tspan x="1">d</tspan>');
  });

  it("leaves the page's text colour and size to CSS, but keeps any other on the text and all on the chart itself", () => {
    const svg = clean('<text fill="var(--ink)" font-size="13" x="1">e</text><text fill="red" font-size="12" x="1">f</text>', ' fill="var(--ink)" font-size="13"');
    expect(svg).toMatch(/^<svg [^>]*fill="var\(--ink\)"/);
    expect(svg).toMatch(/^<svg [^>]*font-size="13"/);
    expect(svg).toContain('<text x="1">e</text>');
    expect(svg).toContain('<text x="1" fill="red" font-size="12">f</text>');
  });

  it("keeps our ids, and tips hidden until CSS shows them", () => {
    const svg = clean('<g id="trade-wide-tip-1"><circle r="2"/></g><g display="none" class="chart-tip"><text>over $1.4 billion</text></g>');
    expect(svg).toContain('id="trade-wide-tip-1"');
    expect(svg).toContain(">over $1.4 billion</text>");
  });
});

describe("tipLines", () => {
  it("keeps a tip that fills its lines exactly, and cuts a longer one after the lines that fit, mid-text", () => {
    // The narrow layout: three lines of at most 42 characters.
    const three = ["about $1.5 billion", "as of 2012", "verdict: Confirmed", "Imports from Kazakhstan of all goods and services"];
    expect(wrapWords(three.join(" · "), 42)).toHaveLength(3);
    expect(tipLines(three, "narrow")).toEqual(wrapWords(three.join(" · "), 42));
    const long = [...three.slice(0, 3), "Imports of crude oil and gas condensate from Kazakhstan, by value, in current US dollars"];
    const all = wrapWords(long.join(" · "), 42);
    expect(all.length).toBeGreaterThan(3);
    const lines = tipLines(long, "narrow");
    expect(lines.slice(0, 2)).toEqual(all.slice(0, 2));
    expect(lines[2]).toMatch(/…$/);
    expect(all.slice(2).join(" ").startsWith(lines[2]!.replace(/…$/, "").trimEnd())).toBe(true);
  });


  it("fits any tip into the layout's lines, shortening only the end", () => {
    const parts = ["about $1.5 billion", "as of 2012", "verdict: Confirmed", "A very long measure ".repeat(10)];
    for (const layout of ["wide", "narrow"] as const) {
      const lines = tipLines(parts, layout);
      expect(lines.length).toBeLessThanOrEqual(layoutSpec[layout].tipLines);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(layoutSpec[layout].tipChars);
      expect(lines[0]).toMatch(/^about \$1\.5 billion · as of 2012/);
      expect(lines.at(-1)).toMatch(/…$/);
    }
  });
});
