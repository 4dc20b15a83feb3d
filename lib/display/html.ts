// The one HTML escaper, for the markup the site writes as text rather than
// through React: embed and oEmbed snippets, the Atom feed's content.

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
