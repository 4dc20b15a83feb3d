import { describe, expect, it } from "vitest";
import { escapeHtml } from "@/lib/display/html";

describe("escapeHtml", () => {
  it("makes markup characters text, inside an element or a double-quoted attribute", () => {
    expect(escapeHtml(`Trade & "oil" <b>`)).toBe("Trade &amp; &quot;oil&quot; &lt;b&gt;");
    // An entity already in the text is escaped again: it was text, not markup.
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("Kazakhstan’s 25%")).toBe("Kazakhstan’s 25%");
  });
});
