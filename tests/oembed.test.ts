import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/load";
import { oembed } from "@/lib/oembed";

const dataset: Dataset = {
  meta: { title: "T", version: "1.0.0", published: "2026-01-01", primary_source: "a" },
  sources: [
    { id: "a", title: "A", title_kind: "as-published", authors: [], publisher: "Gazette", url: "https://g.example/a", published: { kind: "unknown" }, accessed: "2026-01-01", language: "en", tier: "primary", text: "x" },
  ],
  facts: [
    { id: "f", topic: "energy", statement: "A <b>bold</b> claim", quote: { source: "a", text: "x", attribution: "narration" }, verdict: { rating: "unverified", summary: "-" }, evidence: [] },
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

  it("gives 404 for other sites and unknown ids, 501 for xml, 400 for malformed parameters", () => {
    expect(ask({ url: "https://evil.example/panels/p" }).status).toBe(404);
    expect(ask({ url: "https://ours.example/panels/nope" }).status).toBe(404);
    expect(ask({ url: "https://ours.example/panels/p", format: "xml" }).status).toBe(501);
    expect(ask({ url: "not a url" }).status).toBe(400);
    expect(ask({}).status).toBe(400);
    expect(ask({ url: "https://ours.example/panels/p", maxwidth: "-5" })).toMatchObject({ status: 400, body: { parameter: "maxwidth" } });
    expect(ask({ url: "https://ours.example/panels/p", maxheight: "abc" }).status).toBe(400);
  });
});
