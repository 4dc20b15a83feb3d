// Who published a panel's or chart's sources, each publisher named once.
import type { Source } from "@/lib/dataset/schema";
import { displayTitle } from "@/lib/display/source-title";

type Published = Pick<Source, "publisher">;
type Page = Pick<Source, "id" | "title" | "title_kind" | "original_title" | "publisher">;

type PublisherGroup = { publisher: string; pages: Array<{ id: string; title: string }> };

/** Each publisher once, in the order it first appears. */
export function publisherNames(sources: Published[]): string[] {
  return [...new Set(sources.map((source) => source.publisher))];
}

/** One group per publisher, in the order it first appears, holding that publisher's pages in their order,
 * each titled as a reader should see it (published, translated in brackets, or our [description]). */
export function publisherGroups(sources: Page[]): PublisherGroup[] {
  return publisherNames(sources).map((publisher) => ({
    publisher,
    pages: sources.filter((source) => source.publisher === publisher).map((source) => ({ id: source.id, title: displayTitle(source) })),
  }));
}

/** "Source: Kazinform; TASS." The line that keeps a panel sourced outside the site (embed, image, print). */
export function sourcesSentence(sources: Published[], truncate: (text: string) => string = (text) => text): string {
  return `Source: ${truncate(publisherNames(sources).join("; "))}.`;
}
