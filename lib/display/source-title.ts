// A source's title as a reader should see it: the page's own title, the
// original-language title with our translation in brackets, or our
// description in brackets (the page has no title we can trace).
import type { Source } from "@/lib/dataset/schema";

type Titled = Pick<Source, "title" | "title_kind" | "original_title">;

/** "Kazakhstan seeks…", "Безвизовый режим [Visa-free regime]", "[Report on trade]". */
export function displayTitle(source: Titled): string {
  switch (source.title_kind) {
    case "as-published":
      return source.title;
    case "translated":
      return source.original_title ? `${source.original_title} [${source.title}]` : `[${source.title}]`;
    case "description":
      return `[${source.title}]`;
  }
}

/** The title the page itself shows, or null when it has none we can trace. */
export function publishedTitle(source: Titled): string | null {
  if (source.title_kind === "as-published") return source.title;
  if (source.title_kind === "translated") return source.original_title ?? null;
  return null;
}
