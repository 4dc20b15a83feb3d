// How many fact rows the 1200×630 panel picture can hold. Satori cannot
// measure text before drawing and clips what overflows, so long titles,
// two-line statements and a note are counted here, in lines, from the
// characters each line holds at the picture's font sizes (average glyph
// width about half the font size, rounded down so an estimate errs short);
// the line heights were read off rendered pictures.

/** Heights in px and characters per line of each part of the picture (components/panels/panel-image.tsx). */
const imageBox = {
  height: 630 - 2 * 48,
  siteLine: 27,
  title: { gap: 8, line: 53, chars: 42 },
  // `between` is the 10 px gap plus the few px the baseline alignment of the value column adds.
  rows: { gap: 24, line: 31, chars: 46, asOf: 24, between: 18, cap: 5 },
  more: 24 + 10,
  note: { gap: 14, line: 22, chars: 105 },
  footer: { rule: 16, line: 24, chars: 95 },
} as const;

const lines = (text: string, chars: number) => Math.max(1, Math.ceil(text.length / chars));

type ImageRow = { text: string; dated: boolean };

/**
 * The number of rows, in order, that fit beside the title, the note and the
 * source line; the "and N more" line is reserved whenever rows are left out.
 */
export function imageRowCount({ title, rows, note, footer }: { title: string; rows: ImageRow[]; note: string | null; footer: string }): number {
  const { siteLine, title: t, rows: r, more, note: n, footer: f } = imageBox;
  let room =
    imageBox.height -
    siteLine -
    (t.gap + lines(title, t.chars) * t.line) -
    r.gap -
    (note ? n.gap + lines(note, n.chars) * n.line : 0) -
    (f.rule + lines(footer, f.chars) * f.line);
  const heights = rows.slice(0, r.cap).map((row) => lines(row.text, r.chars) * r.line + (row.dated ? r.asOf : 0) + r.between);
  let count = 0;
  for (const height of heights) {
    const reserve = count + 1 < rows.length ? more : 0;
    if (height + reserve > room) break;
    room -= height;
    count++;
  }
  return count;
}
