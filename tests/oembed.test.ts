import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { oembed } from "@/lib/embed/oembed";

const dataset: Dataset = {
  meta: { title: "T", version: "1.0.0", published: "2026-01-01", primary_source: "a" },
  sources: [
    { id: "a", title: "A", title_kind: "as-published", authors: [], publisher: "Gazette", url: "https://g.example/a", published: { kind: "unknown" }, accessed: "2026-01-01", language: "en", tier: "primary", text: "x" },
  ],
  facts: [
    {
      id: "g",
      topic: "trade",
      statement: "Trade & \"more\"",
      quote: { source: "a", text: "Trade grew", attribution: "narration" },
      figure: { value: 25, unit: "percent", qualifier: "at-least", as_of: { kind: "exact", date: "2019" }, measure: "Share of trade" },
      verdict: { rating: "confirmed", summary: "-" },
      evidence: [],
    },
    { id: "f", topic: "energy", statement: "A <b>bold</b> claim", quote: { source: "a", text: "x", attribution: "narration" }, verdict: { rating: "unverified", summary: "-" }, evidence: [] },
    {
      id: "share",
      topic: "energy",
      statement: "A share",
      quote: { source: "a", text: "x", attribution: "reported" },
      speaker: { name: "Ann Envoy", role: "Ambassador" },
      figure: { value: 25, unit: "percent", qualifier: "at-least", measure: "Share of oil imports", as_of: { kind: "before", date: "2019", basis: "-" } },
      verdict: { rating: "qualified", summary: "-" },
      evidence: [],
    },
  ],
  panels: [{ id: "p", title: "Panel \"P\"", description: "-", view: "bar", facts: ["f"] }],
  series: [],
  claims: null,
};
const origins = ["https://ours.example"];
const ask = (query: Record<string, string>) => oembed(query, dataset, origins);

describe("oembed", () => {
  it("answers a panel URL with a rich iframe response", () => {
    const { status, body } = ask({ url: "https://ours.example/panels/p" });
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: "rich", version: "1.0", title: 'Panel "P"', width: 640 });
    expect(body.html).toContain('src="https://ours.example/embed/p"');
    expect(body.html).toContain('title="Panel &quot;P&quot;"');
  });

  it("honours maxwidth and maxheight in the reported and embedded size", () => {
    const { body } = ask({ url: "https://ours.example/embed/p", maxwidth: "300", maxheight: "200" });
    expect(body).toMatchObject({ width: 300, height: 200 });
    expect(body.html).toContain('width="300" height="200"');
  });

  it("answers a fact URL with escaped HTML", () => {
    const { status, body } = ask({ url: "https://ours.example/facts/f" });
    expect(status).toBe(200);
    expect(body.html).toContain("A &lt;b&gt;bold&lt;/b&gt; claim");
    expect(body.html).not.toContain("<b>");
  });

  it("gives a fact's figure with its qualifier, date and verdict, and credits whoever made the claim", () => {
    const share = ask({ url: "https://ours.example/facts/share" }).body.html as string;
    expect(share).toContain("<strong>at least 25%</strong> (Share of oil imports, undated, before 2019)");
    expect(share).toContain("(Qualified)");
    expect(share).toContain("— Ann Envoy, Ambassador, as reported by Gazette");
    const narration = ask({ url: "https://ours.example/facts/f" }).body.html as string;
    expect(narration).toContain("” — Gazette</p>");
  });

  it("gives 404 for other sites and unknown ids, 501 for xml, 400 for malformed parameters", () => {
    expect(ask({ url: "https://evil.example/panels/p" }).status).toBe(404);
    expect(ask({ url: "https://ours.example/panels/nope" }).status).toBe(404);
    expect(ask({ url: "https://ours.example/panels/p", format: "xml" }).status).toBe(501);
    expect(ask({ url: "not a url" }).status).toBe(400);
    expect(ask({}).status).toBe(400);
    expect(ask({ url: "https://ours.example/panels/p", maxwidth: "-5" })).toMatchObject({ status: 400, body: { parameter: "maxwidth" } });
    expect(ask({ url: "https://ours.example/panels/p", maxheight: "abc" }).status).toBe(400);
  });

  it("shows a fact with its figure, verdict, quote, publisher and a link to its page", () => {
    const { body } = ask({ url: "https://ours.example/facts/g/" });
    expect(body).toMatchObject({ type: "rich", title: 'Trade & "more"', provider_url: "https://ours.example/" });
    expect(body.html).toContain('cite="https://g.example/a"');
    expect(body.html).toContain("<strong>at least 25%");
    expect(body.html).toContain("Trade &amp; &quot;more&quot; <em>(Confirmed)</em>");
    expect(body.html).toContain("“Trade grew” — Gazette");
    expect(body.html).toContain('<a href="https://ours.example/facts/g">');
    expect(ask({ url: "https://ours.example/facts/f" }).body.html).not.toContain("<strong>");
  });

  it("answers only for /panels, /embed and /facts addresses, each with its own kind of id", () => {
    expect(ask({ url: "https://ours.example/embed/p" }).status).toBe(200);
    for (const path of ["/facts/p", "/panels/f", "/sources/a", "/x/panels/p", "/panels/p/extra", "/panels/"]) {
      expect(ask({ url: `https://ours.example${path}` }), path).toMatchObject({ status: 404, body: { parameter: "url" } });
    }
  });

  it("says which parameter is wrong and how", () => {
    expect(ask({ url: "https://evil.example/panels/p" }).body).toEqual({ error: "url is not a page of this site", parameter: "url" });
    expect(ask({ url: "not a url" }).body).toEqual({ error: "url must be an absolute URL", parameter: "url" });
    expect(ask({ url: "https://ours.example/panels/p", format: "xml" }).body).toEqual({ error: 'format "xml" is not supported; use json', parameter: "format" });
    expect(ask({}).body).toMatchObject({ parameter: "url", error: expect.stringMatching(/^url is required/) });
    expect(ask({ url: "https://ours.example/panels/p", maxwidth: "2.5" }).body).toEqual({ error: "maxwidth must be a whole number", parameter: "maxwidth" });
  });

  it("sizes a fact's quote at most 640 by 240, and smaller when asked", () => {
    const size = (query: Record<string, string>) => {
      const { body } = ask({ url: "https://ours.example/facts/g", ...query });
      return { width: body.width, height: body.height, style: /style="max-width:(\d+)px"/.exec(String(body.html))?.[1] };
    };
    expect(size({})).toEqual({ width: 640, height: 240, style: "640" });
    expect(size({ maxwidth: "2000", maxheight: "2000" })).toEqual({ width: 640, height: 240, style: "640" });
    expect(size({ maxwidth: "320", maxheight: "120" })).toEqual({ width: 320, height: 120, style: "320" });
  });

  it("sizes a panel at most 640 wide and at its view's height, and smaller when asked", () => {
    const size = (query: Record<string, string>) => {
      const { body } = ask({ url: "https://ours.example/panels/p", ...query });
      return { width: body.width, height: body.height };
    };
    const natural = size({});
    expect(natural.width).toBe(640);
    expect(size({ maxwidth: "2000", maxheight: "5000" })).toEqual(natural);
    expect(size({ maxheight: String(Number(natural.height) - 1) }).height).toBe(Number(natural.height) - 1);
  });

  it("says a URL of this site that names no panel or fact is not one", () => {
    expect(ask({ url: "https://ours.example/panels/nope" }).body).toEqual({ error: "url does not name a panel or fact of this site", parameter: "url" });
  });
});
