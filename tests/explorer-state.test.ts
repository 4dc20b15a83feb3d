import { describe, expect, it } from "vitest";
import { explorerHref, factsApiUrl, quoteOpening, readExplorerState } from "@/lib/explorer-state";

const read = (query: string) => readExplorerState((name) => new URLSearchParams(query).get(name));

describe("readExplorerState", () => {
  it("reads the search, topic, verdict and cursor of the address", () => {
    expect(read("q=oil%20%20price&topic=energy&verdict=qualified&cursor=abc_1")).toEqual({
      state: { q: "oil price", topic: "energy", verdict: "qualified", cursor: "abc_1" },
      notices: [],
    });
  });

  it("drops values it cannot use and says which, instead of failing", () => {
    expect(read("topic=sports&verdict=maybe&cursor=%%")).toEqual({
      state: { q: "", topic: "", verdict: "", cursor: "" },
      notices: [
        { parameter: "topic", value: "sports" },
        { parameter: "verdict", value: "maybe" },
        { parameter: "cursor", value: "%%" },
      ],
    });
    expect(read(`q=${"a".repeat(500)}`).state.q).toHaveLength(200);
    expect(read("cursor=!abc").notices).toEqual([{ parameter: "cursor", value: "!abc" }]);
    expect(read("cursor=abc!").notices).toEqual([{ parameter: "cursor", value: "abc!" }]);
  });

  it("ignores spaces around a value, as a hand-edited address may have them", () => {
    expect(read("topic=%20energy%20&verdict=confirmed%20&q=%20oil%20").state).toEqual({ q: "oil", topic: "energy", verdict: "confirmed", cursor: "" });
  });
});

describe("explorer addresses", () => {
  it("are permalinks with empty values left out", () => {
    expect(explorerHref({ q: "oil", topic: "energy", verdict: "", cursor: "" })).toBe("/facts?q=oil&topic=energy");
    expect(explorerHref({ q: "", topic: "", verdict: "", cursor: "" })).toBe("/facts");
    expect(explorerHref({ q: "Israel’s fuel & gas", topic: "", verdict: "", cursor: "" })).toBe("/facts?q=Israel%E2%80%99s+fuel+%26+gas");
  });

  it("ask the API for one page of the same search", () => {
    expect(factsApiUrl({ q: "oil", topic: "", verdict: "confirmed", cursor: "" })).toBe("/api/v1/facts?q=oil&verdict=confirmed&limit=20");
    expect(factsApiUrl({ q: "", topic: "", verdict: "", cursor: "" })).toBe("/api/v1/facts?limit=20");
  });
});

describe("quoteOpening", () => {
  it("keeps a short quote whole and cuts a long one after its first words", () => {
    expect(quoteOpening("it supplies upwards of 25 percent")).toBe("it supplies upwards of 25 percent");
    expect(quoteOpening("one two three four five", 3)).toBe("one two three…");
    expect(quoteOpening("one two three", 3)).toBe("one two three");
    expect(quoteOpening("  spaced\n  out  ", 3)).toBe("spaced out");
  });
});
