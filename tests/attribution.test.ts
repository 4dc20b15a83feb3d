import { describe, expect, it } from "vitest";
import { claimant, quoteCredit, speakerLine } from "@/lib/display/attribution";
import { displayTitle, publishedTitle } from "@/lib/display/source-title";
import type { Fact } from "@/lib/dataset/schema";

const source = { publisher: "Jewish News", authors: ["Ann Writer"] };
const speaker = { name: "Chen Bar-Yosef", role: "Israeli ambassador" };
const quote = (attribution: Fact["quote"]["attribution"]) => ({ source: "a", text: "-", attribution });

describe("speakerLine", () => {
  it("shows a speaker under direct speech only, credits the publisher for reported speech, and nothing for narration", () => {
    expect(speakerLine({ quote: quote("direct"), speaker }, source)).toBe("— Chen Bar-Yosef, Israeli ambassador");
    expect(speakerLine({ quote: quote("reported"), speaker }, source)).toBe("Chen Bar-Yosef, Israeli ambassador, as reported by Jewish News");
    expect(speakerLine({ quote: quote("narration") }, source)).toBeNull();
  });
});

describe("a speaker the wording does not match", () => {
  it("is not shown for narration, and speech without a named speaker falls back to the publication", () => {
    expect(speakerLine({ quote: quote("narration"), speaker }, source)).toBeNull();
    expect(speakerLine({ quote: quote("direct") }, source)).toBeNull();
    expect(claimant({ quote: quote("narration"), speaker }, source)).toBe("Jewish News (Ann Writer)");
    expect(claimant({ quote: quote("direct") }, source)).toBe("Jewish News (Ann Writer)");
    expect(claimant({ quote: quote("direct"), speaker }, source)).toBe("Chen Bar-Yosef, Israeli ambassador");
    expect(claimant({ quote: quote("narration") }, { publisher: "Trend", authors: ["A", "B"] })).toBe("Trend (A, B)");
  });
});

describe("claimant and quoteCredit", () => {
  it("make narration the publication's claim, with its authors", () => {
    expect(claimant({ quote: quote("narration") }, source)).toBe("Jewish News (Ann Writer)");
    expect(claimant({ quote: quote("narration") }, { publisher: "Trend", authors: [] })).toBe("Trend");
    expect(claimant({ quote: quote("reported"), speaker }, source)).toBe("Chen Bar-Yosef, Israeli ambassador");
    expect(quoteCredit({ quote: quote("narration") }, source)).toBe("— Jewish News (Ann Writer)");
    expect(quoteCredit({ quote: quote("direct"), speaker }, source)).toBe("— Chen Bar-Yosef, Israeli ambassador, in Jewish News");
    expect(quoteCredit({ quote: quote("reported"), speaker }, source)).toBe("— Chen Bar-Yosef, Israeli ambassador, as reported by Jewish News");
  });
});

describe("displayTitle", () => {
  it("brackets a translation and a description, never a published title", () => {
    expect(displayTitle({ title: "Oil flows", title_kind: "as-published" })).toBe("Oil flows");
    expect(displayTitle({ title: "Visa-free regime", title_kind: "translated", original_title: "Безвизовый режим" })).toBe("Безвизовый режим [Visa-free regime]");
    expect(displayTitle({ title: "Report on oil exports", title_kind: "description" })).toBe("[Report on oil exports]");
    expect(publishedTitle({ title: "Report on oil exports", title_kind: "description" })).toBeNull();
  });
});
