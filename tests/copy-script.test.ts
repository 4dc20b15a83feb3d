import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";

const script = readFileSync(path.join(import.meta.dirname, "../public/copy.js"), "utf8");

/** A page as the build writes it, the copy script in <head> ahead of the buttons it shows, once loaded. */
async function page({ clipboard }: { clipboard: boolean }) {
  const html = `<!doctype html><html><head><script>${script}</script></head><body>
    <span data-copy-control hidden><button type="button" data-copy="s1">Copy</button><span role="status"></span></span>
    <pre data-snippet="s1">snippet text</pre></body></html>`;
  const dom = new JSDOM(html, {
    runScripts: "dangerously",
    beforeParse(window) {
      if (clipboard) Object.defineProperty(window.navigator, "clipboard", { value: { writeText: () => Promise.resolve() } });
    },
  });
  await new Promise<void>((resolve) =>
    dom.window.document.readyState === "complete" ? resolve() : dom.window.addEventListener("load", () => resolve()),
  );
  return dom;
}

describe("public/copy.js", () => {
  it("shows the copy buttons even when it runs before they are parsed", async () => {
    const { window } = await page({ clipboard: true });
    expect(window.document.querySelector<HTMLElement>("[data-copy-control]")!.hidden).toBe(false);
  });

  it("keeps them hidden where the browser has no clipboard to write to", async () => {
    const { window } = await page({ clipboard: false });
    expect(window.document.querySelector<HTMLElement>("[data-copy-control]")!.hidden).toBe(true);
  });
});
