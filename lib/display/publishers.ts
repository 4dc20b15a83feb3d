// Who published a panel's or chart's sources, each publisher named once.
import type { Source } from "@/lib/dataset/schema";

type Published = Pick<Source, "publisher">;
type Page = Pick<Source, "id" | "title" | "publisher">;

export type PublisherGroup = { publisher: string; pages: Array<{ id: string; title: string }> };

/** Each publisher once, in the order it first appears. */
export function publisherNames(sources: Published[]): string[] {
  return [...new Set(sources.map((source) => source.publisher))];
}

/** One group per publisher, in the order it first appears, holding that publisher's pages in their order. */
export function publisherGroups(sources: Page[]): PublisherGroup[] {
  return publisherNames(sources).map((publisher) => ({
    publisher,
    pages: sources.filter((source) => source.publisher === publisher).map(({ id, title }) => ({ id, title })),
  }));
}

/** "Source: Kazinform; TASS." The line that keeps a panel sourced outside the site (embed, image, print). */
export function sourcesSentence(sources: Published[], truncate: (text: string) => string = (text) => text): string {
  return `Source: ${truncate(publisherNames(sources).join("; "))}.`;
}
