/** How a source's publication date is known. Only `page` may stand behind an exact date. */
export const dateKnowns = ["page", "url", "metadata", "estimated", "unrecorded"] as const;
export type DateKnown = (typeof dateKnowns)[number];

export const dateKnownLabels: Record<DateKnown, string> = {
  page: "shown on the page",
  url: "taken from the page's URL",
  metadata: "taken from metadata recorded with a stored copy, not shown in the page text",
  estimated: "estimated from the content",
  unrecorded: "recorded by the research without saying where it was seen",
};

/** How the page was seen: opened live, or read from an archived or stored copy. */
export const seenHows = ["live", "archived"] as const;
export type SeenHow = (typeof seenHows)[number];
