import { describe, expect, it } from "vitest";
import { blockFile, panelBodyFile, sourceDetailFile } from "@/lib/chart-files";
import { fillBlocks, isBlockKey, panelBlockKey, sourceBlockKey } from "@/lib/static-blocks";

const blocks: Record<string, string> = {
  "oil-share.body-summary": '<h2 id="oil-share-title">Kazakh oil</h2><p>25%</p>',
  "source.jewish-news": "<h1>Why Kazakhstan sees</h1>",
};
const read = (key: string) => blocks[key];

describe("static blocks", () => {
  it("are read from the files the build draws them into", () => {
    expect(blockFile(panelBlockKey("oil-share", "summary"), "/charts")).toBe(panelBodyFile("oil-share", "summary", "/charts"));
    expect(blockFile(panelBlockKey("oil-share", "full"), "/charts")).toBe(panelBodyFile("oil-share", "full", "/charts"));
    expect(blockFile(sourceBlockKey("jewish-news"), "/charts")).toBe(sourceDetailFile("jewish-news", "/charts"));
  });

  it("are written into the empty elements React rendered for them, attributes kept", () => {
    const page = '<main><section id="oil-share" data-block="oil-share.body-summary" class="panel-card"></section><article data-block="source.jewish-news"></article></main>';
    const { html, filled } = fillBlocks(page, read);
    expect(html).toBe(
      '<main><section id="oil-share" data-block="oil-share.body-summary" class="panel-card"><h2 id="oil-share-title">Kazakh oil</h2><p>25%</p></section><article data-block="source.jewish-news"><h1>Why Kazakhstan sees</h1></article></main>',
    );
    expect(filled).toEqual(["oil-share.body-summary", "source.jewish-news"]);
  });

  it("leave a page without blocks as it is", () => {
    const page = '<main><section id="x" class="panel-card"><p>kept</p></section></main>';
    expect(fillBlocks(page, read)).toEqual({ html: page, filled: [] });
  });

  it("stop the build when a marked element has no block to hold", () => {
    expect(() => fillBlocks('<section data-block="trade.body-full"></section>', read)).toThrow(/trade\.body-full/);
    expect(() => fillBlocks('<section data-block="oil-share.body-summary"></section>', () => "")).toThrow(/oil-share/);
  });

  it("never read a key that could leave the charts folder", () => {
    expect(isBlockKey("oil-share.body-summary")).toBe(true);
    expect(isBlockKey("../package")).toBe(false);
    expect(isBlockKey("source..secret")).toBe(false);
    expect(isBlockKey("Source/x")).toBe(false);
    let asked = false;
    expect(() => fillBlocks('<section data-block="../package"></section>', () => ((asked = true), "x"))).toThrow();
    expect(asked).toBe(false);
  });
});
