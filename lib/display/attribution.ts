// Whose claim a quote is. Direct speech is the speaker's; reported speech is
// the speaker's as the source tells it; narration is the publication's own,
// even when it is about a person, so it gets no speaker line.
import type { Fact, Source } from "@/lib/dataset/schema";

type Credited = Pick<Fact, "quote" | "speaker">;
type Publication = Pick<Source, "publisher" | "authors">;

/** "Jewish News (Ann Writer, Bob Penn)", or the publisher alone when no author is named. */
export function publicationCredit(source: Publication): string {
  return source.authors.length > 0 ? `${source.publisher} (${source.authors.join(", ")})` : source.publisher;
}

/** The line under a quote: "— Name, role", "Name, role, as reported by Publisher", or null for narration. */
export function speakerLine(fact: Credited, source: Publication): string | null {
  const { speaker } = fact;
  if (!speaker || fact.quote.attribution === "narration") return null;
  if (fact.quote.attribution === "direct") return `— ${speaker.name}, ${speaker.role}`;
  return `${speaker.name}, ${speaker.role}, as reported by ${source.publisher}`;
}

/** Who made the claim, in words: the speaker for direct or reported speech, else the publication. */
export function claimant(fact: Credited, source: Publication): string {
  if (fact.speaker && fact.quote.attribution !== "narration") return `${fact.speaker.name}, ${fact.speaker.role}`;
  return publicationCredit(source);
}

/** One line crediting a quote where space is short (oEmbed, embeds): always names the publication. */
export function quoteCredit(fact: Credited, source: Publication): string {
  const line = speakerLine(fact, source);
  if (fact.quote.attribution === "direct" && line) return `${line}, in ${source.publisher}`;
  if (line) return `— ${line}`;
  return `— ${publicationCredit(source)}`;
}
