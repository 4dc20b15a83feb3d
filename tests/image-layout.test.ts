import { describe, expect, it } from "vitest";
import { imageRowCount } from "@/lib/display/image-layout";

// Heights worked out by hand from the picture's layout: 534 px inside the
// padding; the site line 27; a one-line title 8 + 53; 24 above the rows; a
// one-line source line 16 + 24. That leaves 382 px for rows, a note and the
// "and N more" line (34).
const short = { text: "Israel's imports from Kazakhstan", dated: true }; // one line + date: 31 + 24 + 18 = 73
const long = { text: "Jewish News reported that Nur-Sultan has expanded its investments in Haifa’s oil…", dated: false }; // two lines: 62 + 18 = 80
const footer = "Source: Jewish News. Dataset version 0.3.0.";

describe("how many fact rows the panel picture holds", () => {
  it("shows all five short rows when they fit", () => {
    expect(imageRowCount({ title: "Oil", rows: Array(5).fill(short), note: null, footer })).toBe(5);
  });

  it("never shows more than five rows, however short", () => {
    expect(imageRowCount({ title: "Oil", rows: Array(8).fill({ text: "x", dated: false }), note: null, footer })).toBe(5);
  });

  it("keeps room for the 'and N more' line when rows are left out", () => {
    // 4 long rows take 320 px; with 34 for "and 2 more" that is 354 ≤ 382; a fifth would make 434.
    expect(imageRowCount({ title: "Oil", rows: Array(6).fill(long), note: null, footer })).toBe(4);
  });

  it("gives up rows to a two-line note and a two-line title", () => {
    const note = `Note: ${"word ".repeat(30)}`; // 156 characters: two lines, 14 + 44
    const title = "Then and now: the article’s claims beside the latest data"; // 57 characters: two lines, 8 + 106
    // 382 − 58 (note) − 53 (second title line) = 271: two long rows and "and 4 more" take 194; three would take 274.
    expect(imageRowCount({ title, rows: Array(6).fill(long), note, footer })).toBe(2);
  });

  it("counts a dated row taller than an undated one of the same length", () => {
    // Room 382 − 58 (note) = 324: five undated one-line rows take 5 × 49 = 245; dated ones take 73 each,
    // so three fit with "and 3 more" (253); four would take 326.
    const note = `Note: ${"word ".repeat(30)}`;
    expect(imageRowCount({ title: "Oil", rows: Array(5).fill({ ...short, dated: false }), note, footer })).toBe(5);
    expect(imageRowCount({ title: "Oil", rows: Array(6).fill(short), note, footer })).toBe(3);
  });
});
