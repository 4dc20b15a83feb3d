// The strip run on pages captured from a real build of the pinned Next
// (tests/fixtures/next-<version>/, copied from .next/server/app after `next
// build` and before scripts/finish-prerendered.ts). The expected page is
// worked out independently, by removing Next's script elements from the
// parsed document; the strip itself works on the text with regular expressions.
// After upgrading Next, recapture these pages (see "Upgrading Next" in the README).
// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nextPackage from "next/package.json";
import { runtimeLeftIn, stripNextRuntime } from "@/lib/build/script-free";

const pinned = "16.4.6";
const captured = (name: string) => readFileSync(path.join(__dirname, "fixtures", `next-${pinned}`, `${name}.html`), "utf8");

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
/** The page as the browser's parser sees it, so two ways of writing the same markup compare equal. */
const normalised = (html: string) => parse(html).documentElement.outerHTML;

/** The document without Next's scripts and their preloads, judged element by element. */
function withoutNextScripts(html: string): string {
  const document = parse(html);
  for (const script of document.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    const ours = script.getAttribute("type") === "application/ld+json" || (src !== null && !src.startsWith("/_next/"));
    if (!ours) script.remove();
  }
  for (const link of document.querySelectorAll('link[rel="preload"][as="script"]')) if (link.getAttribute("href")?.startsWith("/_next/")) link.remove();
  return normalised(document.documentElement.outerHTML);
}

describe(`the strip on pages Next ${pinned} prerendered`, () => {
  it("runs against the Next the site is built with: recapture these pages after an upgrade", () => {
    expect(nextPackage.version).toBe(pinned);
  });

  for (const [name, ownScript] of [
    ["fact", "/copy.js"],
    ["embed", "/embed-frame.js"],
    ["not-found", null],
    ["global-error", null],
  ] as const) {
    it(`${name}: removes Next's scripts, preloads and RSC payload and nothing else`, () => {
      const page = captured(name);
      expect(runtimeLeftIn(page).length, "the captured page carries Next's runtime").toBe(2);
      const stripped = stripNextRuntime(page);
      expect(runtimeLeftIn(stripped)).toEqual([]);
      expect(normalised(stripped)).toBe(withoutNextScripts(page));
      if (ownScript) expect(parse(stripped).querySelector(`script[src="${ownScript}"]`)).not.toBeNull();
    });
  }

  it("the fact page keeps its JSON-LD and every word a reader sees", () => {
    const page = captured("fact");
    const stripped = parse(stripNextRuntime(page));
    expect(stripped.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(stripped.querySelector("main")!.textContent).toBe(parse(page).querySelector("main")!.textContent);
  });
});
