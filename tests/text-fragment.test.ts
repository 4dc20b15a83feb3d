import { describe, expect, it } from "vitest";
import { textFragmentDirective, urlWithTextFragment } from "@/lib/display/text-fragment";

describe("urlWithTextFragment", () => {
  it("quotes a short passage whole, escaping the fragment's reserved characters", () => {
    expect(urlWithTextFragment("https://example.org/a#old", "Oli- and gas-rich, 25%")).toBe(
      "https://example.org/a#:~:text=Oli%2D%20and%20gas%2Drich%2C%2025%25",
    );
  });

  it("uses the first and last five words of a long passage", () => {
    const url = urlWithTextFragment(
      "https://example.org/b",
      "one two three four five six seven eight nine ten eleven twelve",
    );
    expect(url).toBe("https://example.org/b#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
  });
});

describe("a quote with stray spaces", () => {
  it("links to the words themselves, without empty terms", () => {
    expect(textFragmentDirective("  sells   oil \n ")).toBe("text=sells%20oil");
    expect(textFragmentDirective(" one two three four five six seven eight nine ten eleven ", 2)).toBe("text=one%20two,ten%20eleven");
  });
});
