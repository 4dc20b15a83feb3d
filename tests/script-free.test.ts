import { describe, expect, it } from "vitest";
import { isScriptFreeRoute, stripNextRuntime } from "@/lib/build/script-free";

const page = [
  '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/embed-frame.js" async=""></script></head>',
  '<body><main><h1>Trade</h1><script type="application/ld+json">{"@type":"Dataset"}</script></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script></body></html>',
].join("");

describe("script-free pages", () => {
  it("are all but the explorer, Next's own error pages included", () => {
    for (const route of ["/", "/sources/jewish-news", "/embed/trade-over-time", "/panels/trade-over-time", "/facts/x", "/about", "/changes", "/_not-found", "/_global-error"])
      expect(isScriptFreeRoute(route), route).toBe(true);
    expect(isScriptFreeRoute("/facts")).toBe(false);
    expect(isScriptFreeRoute("/check")).toBe(false);
  });

  it("lose Next's scripts, their preloads and the RSC payload, and keep our own script and the JSON-LD", () => {
    expect(stripNextRuntime(page)).toBe(
      '<html><head><script src="/embed-frame.js" async=""></script></head><body><main><h1>Trade</h1><script type="application/ld+json">{"@type":"Dataset"}</script></main></body></html>',
    );
  });

  it("refuse a page with something only a script could work", () => {
    expect(() => stripNextRuntime(page.replace("<h1>", '<button type="button">Show</button><h1>'))).toThrow(/button/);
    // A copy button is worked by our own script.
    expect(stripNextRuntime(page.replace("<h1>", '<button type="button" data-copy="cite-apa">Copy</button><h1>'))).toContain('data-copy="cite-apa"');
    // A form's submit button works without one.
    expect(stripNextRuntime(page.replace("<h1>", '<form><button type="submit">Reload</button></form><h1>'))).toContain("Reload");
    expect(() => stripNextRuntime(page.replace("<h1>", '<div hidden id="S:0"><p>late</p></div><h1>'))).toThrow(/S:/);
  });
});
