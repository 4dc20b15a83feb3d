// Quotes are checked verbatim against a source's stored text. Only runs of
// whitespace may differ (pages wrap lines differently); every other
// character, curly quotes and typos included, must match.

export type TextRange = { start: number; end: number };

function collapse(text: string): { flat: string; offsets: number[] } {
  let flat = "";
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        flat += " ";
        offsets.push(i);
      }
      inSpace = true;
    } else {
      flat += ch;
      offsets.push(i);
      inSpace = false;
    }
  }
  return { flat, offsets };
}

function collapseNeedle(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Where `quote` occurs in `text`, in `text`'s own offsets, or null. */
export function findQuote(text: string, quote: string): TextRange | null {
  const needle = collapseNeedle(quote);
  if (needle === "") return null;
  const { flat, offsets } = collapse(text);
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const start = offsets[at] as number;
  const lastIndex = offsets[at + needle.length - 1] as number;
  return { start, end: lastIndex + 1 };
}

export function containsQuote(text: string, quote: string): boolean {
  return findQuote(text, quote) !== null;
}

/** Every place `quote` occurs in `text` (non-overlapping), in `text`'s own offsets. */
export function findAllQuotes(text: string, quote: string): TextRange[] {
  const needle = collapseNeedle(quote);
  if (needle === "") return [];
  const { flat, offsets } = collapse(text);
  const ranges: TextRange[] = [];
  for (let at = flat.indexOf(needle); at >= 0; at = flat.indexOf(needle, at + needle.length)) {
    ranges.push({ start: offsets[at] as number, end: (offsets[at + needle.length - 1] as number) + 1 });
  }
  return ranges;
}
