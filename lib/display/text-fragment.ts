// Links to a passage on the publisher's own page with a URL text fragment
// (https://wicg.github.io/scroll-to-text-fragment/), so the reader's browser
// scrolls to and highlights the same words.

// The fragment syntax reserves "-", "," and "&"; encodeURIComponent leaves "-" alone.
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}

/** Long quotes become `textStart,textEnd` so the URL stays short and robust. */
export function textFragmentDirective(quote: string, edgeWords = 5): string {
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  if (words.length <= edgeWords * 2) return `text=${encodeTerm(words.join(" "))}`;
  const start = words.slice(0, edgeWords).join(" ");
  const end = words.slice(-edgeWords).join(" ");
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

export function urlWithTextFragment(url: string, quote: string): string {
  const base = url.split("#")[0] ?? url;
  return `${base}#:~:${textFragmentDirective(quote)}`;
}
