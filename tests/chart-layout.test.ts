// The text of chart tips and the SVG cleaning, on small hand-made inputs.
import { describe, expect, it } from "vitest";
import { isChartView, tipBandHeight, tipLines, wrapWords } from "@/lib/charts/layout";
import { cleanChartSvg, extractSvg } from "@/lib/charts/svg-clean";

describe("wrapWords", () => {
  it("fills each line up to the limit, counting the joining space", () => {
    expect(wrapWords("one two three four", 7)).toEqual(["one two", "three", "four"]);
    expect(wrapWords("one two three four", 8)).toEqual(["one two", "three", "four"]);
    expect(wrapWords("ab cd", 5)).toEqual(["ab cd"]);
    expect(wrapWords("ab cd", 4)).toEqual(["ab", "cd"]);
    expect(wrapWords("unbreakable", 3)).toEqual(["unbreakable"]);
  });
});

describe("tipLines and tipBandHeight", () => {
  it("joins the parts with a middle dot, skipping empty ones, and keeps a tip that fits as it is", () => {
    expect(tipLines(["25%", "", "June 2019"], "wide")).toEqual(["25% · June 2019"]);
  });

  it("uses every allowed line before shortening the last", () => {
    // Narrow: three lines of at most 42 characters.
    const words = Array.from({ length: 12 }, (_, i) => `word${String(i).padStart(2, "0")}`);
    const lines = tipLines([words.join(" ")], "narrow");
    expect(lines).toEqual(["word00 word01 word02 word03 word04 word05", "word06 word07 word08 word09 word10 word11"]);
    const longer = tipLines([[...words, ...words].join(" ")], "narrow");
    expect(longer).toHaveLength(3);
    expect(longer.slice(0, 2)).toEqual(lines);
    expect(longer[2]).toBe("word00 word01 word02 word03 word04…");
  });

  it("leaves room above the chart for the tip's lines", () => {
    expect(tipBandHeight("wide")).toBe(2 * 16 + 10);
    expect(tipBandHeight("narrow")).toBe(3 * 16 + 10);
  });
});

describe("isChartView", () => {
  it("tells the views drawn as charts from cards and lists", () => {
    expect(["bar", "share", "series", "timeline"].every(isChartView)).toBe(true);
    expect(["list", "headline", "then-now", ""].some(isChartView)).toBe(false);
  });
});

describe("extractSvg", () => {
  it("cuts the <svg> element out of recharts' wrapper markup, and refuses markup without one", () => {
    expect(extractSvg('<div class="w"><svg a="1"><g/></svg></div>')).toBe('<svg a="1"><g/></svg>');
    expect(() => extractSvg("<div></div>")).toThrow("no <svg> in the rendered chart");
    expect(() => extractSvg("</svg><svg")).toThrow("no <svg>");
  });
});

describe("cleanChartSvg", () => {
  it("keeps only our own classes, and drops the text defaults the page's CSS sets, but not on the <svg>", () => {
    const svg = cleanChartSvg(
      '<svg viewBox="0 0 10 10" fill="var(--ink)" style="width:10px"><g class="recharts-layer chart-tip extra"><text x="1" y="2" fill="var(--ink)" font-size="13">a</text><text x="1" y="5" fill="red" font-size="14">b</text></g></svg>',
      "inline",
    );
    expect(svg).toContain('class="chart-tip"');
    expect(svg).not.toContain("recharts-layer");
    expect(svg).toMatch(/^<svg [^>]*fill="var\(--ink\)"/);
    expect(svg).not.toContain("style=");
    expect(svg).toMatch(/<text x="1" y="2">a<\/text>/);
    expect(svg).toMatch(/<text x="1" y="5" fill="red" font-size="14">b<\/text>/);
  });

  it("drops recharts' clip paths and folds a lone <tspan> into its <text>, keeping its dy", () => {
    const svg = cleanChartSvg(
      '<svg viewBox="0 0 10 10"><defs><clipPath id="c"><rect width="5" height="5"/></clipPath></defs><text x="3" y="4"><tspan x="3" dy="0.7em">2019</tspan></text><text x="3" y="8"><tspan x="3" dy="0">2020</tspan></text><text x="3" y="9"><tspan x="4">2021</tspan></text></svg>',
      "inline",
    );
    expect(svg).not.toContain("clipPath");
    expect(svg).toContain('<text x="3" y="4" dy=".7em">2019</text>');
    expect(svg).toContain('<text x="3" y="8">2020</text>');
    expect(svg).toMatch(/<tspan x="4">2021<\/tspan>/);
  });

  it("keeps SVG 2 href on links, and width and height only in a standalone file", () => {
    const input = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="100" viewBox="0 0 640 100"><a href="/facts/x"><circle cx="1.234" cy="1" r="6"/></a></svg>';
    const inline = cleanChartSvg(input, "inline");
    expect(inline).toContain('<a href="/facts/x">');
    expect(inline).not.toMatch(/width=|height=|xmlns=/);
    expect(inline).toContain('cx="1.2"');
    const standalone = cleanChartSvg(input, "standalone");
    expect(standalone).toMatch(/xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="100"/);
  });
});
