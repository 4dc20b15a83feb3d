import { describe, expect, it } from "vitest";
import { quoteContext } from "@/lib/display/quote-context";

const article = `Headline here

First sentence of the piece. Oil-rich Kazakhstan – it supplies upwards of 25 percent of Israel’s fuel – is important. The third sentence follows.

“We have deep ties,” he said. Next paragraph ends here.`;

describe("quoteContext", () => {
  it("returns the sentence before, the holding sentence split around the quote, and the sentence after", () => {
    expect(quoteContext(article, "upwards of 25 percent of Israel’s fuel")).toEqual({
      before: "First sentence of the piece.",
      lead: "Oil-rich Kazakhstan – it supplies ",
      quote: "upwards of 25 percent of Israel’s fuel",
      tail: " – is important.",
      after: "The third sentence follows.",
    });
  });

  it("crosses paragraph breaks to find neighbouring sentences", () => {
    const context = quoteContext(article, "We have deep ties");
    expect(context?.before).toBe("The third sentence follows.");
    expect(context?.lead).toBe("“");
    expect(context?.tail).toBe(",” he said.");
    expect(context?.after).toBe("Next paragraph ends here.");
  });

  it("leaves before or after empty at the edges of the text", () => {
    expect(quoteContext(article, "Headline here")?.before).toBe("");
    expect(quoteContext(article, "Next paragraph ends here.")?.after).toBe("");
  });

  it("shows runs of spaces and tabs as single spaces", () => {
    const messy = "Before  this   one.  The   lead \t of  quote  words  and   tail.   After   that.";
    expect(quoteContext(messy, "quote words")).toEqual({
      before: "Before this one.",
      lead: "The lead of ",
      quote: "quote words",
      tail: " and tail.",
      after: "After that.",
    });
  });

  it("returns null when the quote is not in the text", () => {
    expect(quoteContext(article, "not there")).toBeNull();
  });
});
