// Closed sets of the data model. Each is an `as const` tuple so that the
// zod enum, the TypeScript union and the UI labels come from one place.

export const topics = [
  "energy",
  "trade",
  "investment",
  "finance-cyber",
  "diplomacy",
  "security",
  "elections",
  "technology-water",
  "travel-visas",
] as const;
export type Topic = (typeof topics)[number];

export const topicLabels: Record<Topic, string> = {
  energy: "Energy",
  trade: "Trade",
  investment: "Investment",
  "finance-cyber": "Finance & cyber",
  diplomacy: "Diplomacy",
  security: "Security",
  elections: "Politics & elections",
  "technology-water": "Technology & water",
  "travel-visas": "Travel & visas",
};

export const verdicts = ["confirmed", "qualified", "contradicted", "unverified"] as const;
export type Verdict = (typeof verdicts)[number];

export const verdictLabels: Record<Verdict, string> = {
  confirmed: "Confirmed",
  qualified: "Qualified",
  contradicted: "Contradicted",
  unverified: "Unverified",
};

export const verdictMeanings: Record<Verdict, string> = {
  confirmed: "Other sources confirm it.",
  qualified: "Broadly right, but other sources narrow, date or correct it.",
  contradicted: "Other sources say otherwise.",
  unverified: "No other source seen confirms it.",
};

/** What one piece of evidence does to the claim it is attached to. */
export const stances = ["confirms", "qualifies", "contradicts", "context"] as const;
type Stance = (typeof stances)[number];

export const stanceLabels: Record<Stance, string> = {
  confirms: "Confirms",
  qualifies: "Qualifies",
  contradicts: "Contradicts",
  context: "Adds context",
};

/** Reliability tiers, most reliable first. */
export const tiers = [
  "primary",
  "official",
  "news",
  "analysis",
  "reference",
  "aggregator",
  "mirror",
  "blog",
] as const;
export type Tier = (typeof tiers)[number];

export const tierLabels: Record<Tier, string> = {
  primary: "Primary outlet (the article under review)",
  official: "Official body or government",
  news: "News outlet or wire",
  analysis: "Research institute or specialist publication",
  reference: "Reference work",
  aggregator: "Aggregator or republisher (low reliability)",
  mirror: "Mirror or machine translation (low reliability)",
  blog: "Blog (low reliability)",
};

export const qualifiers = ["exactly", "about", "at-least", "over", "under", "up-to"] as const;
export type Qualifier = (typeof qualifiers)[number];

export const qualifierLabels: Record<Qualifier, string> = {
  exactly: "",
  about: "about",
  "at-least": "at least",
  over: "over",
  under: "under",
  "up-to": "up to",
};

export const units = [
  "percent",
  "usd-million",
  "usd-billion",
  "people",
  "million-people",
  "votes",
  "barrels-per-day",
  "count",
  "rank",
] as const;
export type Unit = (typeof units)[number];

const moneyUnits: readonly Unit[] = ["usd-million", "usd-billion"];
/** Units of money: what a trade series draws. */
export const isMoneyUnit = (unit: Unit): boolean => moneyUnits.includes(unit);

export const periods = ["per-year", "per-day", "cumulative", "point-in-time", "part-year"] as const;
type Period = (typeof periods)[number];

export const periodLabels: Record<Period, string> = {
  "per-year": "per year",
  "per-day": "per day",
  cumulative: "in total",
  "point-in-time": "",
  "part-year": "in part of a year",
};

/** How a panel shows its facts. */
export const panelViews = ["headline", "bar", "share", "series", "recorded", "timeline", "list", "then-now"] as const;
export type PanelView = (typeof panelViews)[number];

/** Whose words a quote is: the speaker's own, the speaker's as the source reports them, or the source's own. */
export const attributions = ["direct", "reported", "narration"] as const;
export type Attribution = (typeof attributions)[number];

/** How a source's stored title relates to the page: as shown, our translation of it, or our description. */
export const titleKinds = ["as-published", "translated", "description"] as const;

/** The kinds of date a figure can describe. */
export const asOfKinds = ["exact", "estimated", "before", "after", "unknown"] as const;
