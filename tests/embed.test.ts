// What a report writer pastes to embed a panel, and the site's absolute URLs
// that go into it.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Panel } from "@/lib/dataset/schema";
import { embedHeight, embedIframe, embedSnippets } from "@/lib/embed/snippets";
import { siteUrl } from "@/lib/site";
import { absolute } from "@/lib/routes";

const panel = (view: Panel["view"], facts = 3, title = "Trade & oil"): Panel => ({
  id: "trade",
  title,
  description: "-",
  view,
  facts: Array.from({ length: facts }, (_, i) => `fact-${i}`),
});

describe("embedHeight", () => {
  it("gives every view a height, a list or share panel more room for each fact", () => {
    for (const view of ["headline", "bar", "share", "series", "timeline", "list"] as const) {
      expect(embedHeight(panel(view)), view).toBeGreaterThan(150);
    }
    for (const view of ["share", "list"] as const) {
      const one = embedHeight(panel(view, 1));
      const growth = embedHeight(panel(view, 6)) - one;
      expect(growth, view).toBeGreaterThanOrEqual(5 * 50);
      expect(growth, view).toBeLessThanOrEqual(5 * 150);
    }
  });
});

describe("embed snippets", () => {
  it("frame /embed/{id} at the panel's height, with the title escaped", () => {
    const html = embedIframe(panel("bar", 3, 'Oil & "gas" <2019>'), "https://example.org");
    expect(html).toContain('src="https://example.org/embed/trade"');
    expect(html).toContain('title="Oil &amp; &quot;gas&quot; &lt;2019&gt;"');
    expect(html).toContain(`width="640" height="${embedHeight(panel("bar"))}"`);
  });

  it("offer the iframe, the iframe with the resizing script, and a link to the panel page", () => {
    const snippets = embedSnippets(panel("list"), "https://example.org");
    expect(snippets.iframe).toBe(embedIframe(panel("list"), "https://example.org"));
    expect(snippets.script).toBe(`${snippets.iframe}\n<script async src="https://example.org/embed.js"></script>`);
    expect(snippets.link).toBe("https://example.org/panels/trade");
  });
});

describe("absolute URLs", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("use SITE_URL, or the quick start's local server when it is unset", () => {
    vi.stubEnv("SITE_URL", "https://example.org/kz/");
    expect(siteUrl()).toBe("https://example.org/kz");
    expect(absolute("/facts/x")).toBe("https://example.org/kz/facts/x");
    expect(absolute("facts/x")).toBe("https://example.org/kz/facts/x");
    vi.stubEnv("SITE_URL", "");
    expect(siteUrl()).toBe("http://localhost:3000");
    expect(absolute("/about")).toBe("http://localhost:3000/about");
  });
});
