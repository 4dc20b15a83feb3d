// The integrity rules on the valid fixture with one fault planted in memory
// (cheaper than a broken fixture on disk for each): the checker must report
// exactly that fault, naming the file, the record and the field.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkIntegrity } from "@/lib/dataset/integrity";
import { validateDataset } from "@/lib/dataset/load";
import type { RawDataset } from "@/lib/dataset/raw";
import type { Evidence } from "@/lib/dataset/schema";

const facts = "tests/fixtures/valid/facts/energy.yaml";

function valid(): RawDataset {
  const { raw, problems } = validateDataset(path.join(__dirname, "fixtures", "valid"));
  expect(problems).toEqual([]);
  return structuredClone(raw);
}

/** The valid fixture's first fact (oil-share, quoted from the article, confirmed by the report). */
const oilShare = (raw: RawDataset) => raw.facts[0]!.record;
const where = (problems: ReturnType<typeof checkIntegrity>) => problems.map((p) => [p.file, p.id, p.field]);

describe("the verdict rules", () => {
  const withStances = (raw: RawDataset, rating: "confirmed" | "qualified" | "contradicted" | "unverified", ...stances: Evidence["stance"][]) => {
    const fact = oilShare(raw);
    const [first] = fact.evidence;
    fact.verdict = { ...fact.verdict, rating, ...(rating === "unverified" ? { searched: "Customs statistics." } : {}) };
    fact.evidence = stances.map((stance) => ({ ...first!, stance }));
    return checkIntegrity(raw).filter((p) => p.field === "verdict.rating");
  };

  it("refuses a confirmed fact that other evidence contradicts", () => {
    const problems = withStances(valid(), "confirmed", "confirms", "contradicts");
    expect(where(problems)).toEqual([[facts, "oil-share", "verdict.rating"]]);
    expect(problems[0]!.reason).toMatch(/"confirmed" cannot stand with evidence that contradicts/);
  });

  it("takes a qualified fact with evidence that qualifies or contradicts, and refuses it with only confirming evidence", () => {
    expect(withStances(valid(), "qualified", "qualifies")).toEqual([]);
    expect(withStances(valid(), "qualified", "contradicts")).toEqual([]);
    expect(withStances(valid(), "qualified", "confirms").map((p) => p.reason)).toEqual([
      '"qualified" needs at least one evidence quote that qualifies or contradicts',
    ]);
  });

  it("takes a contradicted fact only with contradicting evidence", () => {
    expect(withStances(valid(), "contradicted", "contradicts")).toEqual([]);
    expect(withStances(valid(), "contradicted", "qualifies").map((p) => p.reason)).toEqual([
      '"contradicted" needs at least one evidence quote that contradicts',
    ]);
  });

  it("refuses an unverified fact that evidence confirms, and takes one with only context", () => {
    expect(withStances(valid(), "unverified", "context")).toEqual([]);
    expect(withStances(valid(), "unverified", "context", "confirms").map((p) => p.reason)).toEqual([
      '"unverified" cannot stand with evidence that confirms',
    ]);
  });
});

describe("the record rules", () => {
  it("names a duplicate source, panel or fact id with the file of its first use", () => {
    const raw = valid();
    raw.panels.push(structuredClone(raw.panels[0]!));
    const problems = checkIntegrity(raw);
    expect(problems).toEqual([
      { file: "tests/fixtures/valid/panels.yaml", id: "headline", field: "id", reason: "duplicate panel id (first used in tests/fixtures/valid/panels.yaml)" },
    ]);
    const again = valid();
    again.sources.push({ ...structuredClone(again.sources[0]!), file: "tests/fixtures/valid/sources/copy.yaml" });
    expect(checkIntegrity(again).filter((p) => p.reason.startsWith("duplicate"))).toEqual([
      { file: "tests/fixtures/valid/sources/copy.yaml", id: again.sources[0]!.record.id, field: "id", reason: `duplicate source id (first used in ${again.sources[0]!.file})` },
    ]);
  });

  it("refuses a source whose stored text is blank", () => {
    const raw = valid();
    raw.sources.find((s) => s.record.id === "report")!.record.text = " \n";
    const problems = checkIntegrity(raw).filter((p) => p.field === "text");
    expect(problems).toEqual([{ file: "tests/fixtures/valid/sources/report.yaml", id: "report", field: "text", reason: "stored text is empty" }]);
  });

  it("takes a publication estimate that starts and ends on the same day", () => {
    const raw = valid();
    raw.sources.find((s) => s.record.id === "report")!.record.published = { kind: "estimated", from: "2019-06", to: "2019-06", label: "June 2019", basis: "-" };
    expect(checkIntegrity(raw)).toEqual([]);
  });

  it("names evidence from a source that does not exist, and checks nothing else about it", () => {
    const raw = valid();
    oilShare(raw).evidence[0]!.source = "no-such-source";
    const problems = checkIntegrity(raw).filter((p) => p.field.startsWith("evidence"));
    expect(problems).toEqual([{ file: facts, id: "oil-share", field: "evidence.0.source", reason: 'unknown source "no-such-source"' }]);
  });

  it("takes an event that ends when it starts, or has no end", () => {
    const raw = valid();
    oilShare(raw).event = { date: "2019-06", end: "2019-06" };
    expect(checkIntegrity(raw).filter((p) => p.field.startsWith("event"))).toEqual([]);
    oilShare(raw).event = { date: "2019-06" };
    expect(checkIntegrity(raw).filter((p) => p.field.startsWith("event"))).toEqual([]);
  });

  it("names a remainder that counts a fact the panel does not show", () => {
    const raw = valid();
    raw.panels[0]!.record.remainder = { label: "Others", of: ["oil-share", "report-oil-share"] };
    const problems = checkIntegrity(raw).filter((p) => p.field.startsWith("remainder"));
    expect(problems).toEqual([
      { file: "tests/fixtures/valid/panels.yaml", id: "headline", field: "remainder.of.1", reason: '"report-oil-share" is not one of the panel\'s facts' },
    ]);
  });

  it("names a primary source that does not exist, in dataset.yaml", () => {
    const raw = valid();
    raw.meta = { ...raw.meta!, primary_source: "no-such-source" };
    const problems = checkIntegrity(raw).filter((p) => p.field === "primary_source");
    expect(problems).toEqual([{ file: raw.metaFile, id: "dataset", field: "primary_source", reason: 'unknown source "no-such-source"' }]);
    expect(raw.metaFile).toBe("tests/fixtures/valid/dataset.yaml");
  });

  it("counts a source as used when it is only the dataset's primary source", () => {
    const raw = valid();
    // The report is cited by a fact and by evidence; make the article cited by neither.
    raw.facts = raw.facts.filter((f) => f.record.quote.source !== "article");
    raw.claims = null;
    raw.panels = [];
    raw.series = [];
    expect(checkIntegrity(raw).filter((p) => p.reason.includes("not cited"))).toEqual([]);
    raw.meta = null;
    expect(checkIntegrity(raw).filter((p) => p.reason.includes("not cited")).map((p) => p.id)).toEqual(["article"]);
  });
});

describe("the panel part rules", () => {
  const panelsFile = "tests/fixtures/valid/panels.yaml";
  const panelProblems = (raw: RawDataset) => checkIntegrity(raw).filter((p) => p.file === panelsFile);

  it("names an indicator or a pair that points outside the panel's own facts", () => {
    const raw = valid();
    const panel = raw.panels[0]!.record;
    panel.indicators = [{ label: "Share", fact: "oil-share" }, { label: "Report", fact: "report-oil-share" }];
    expect(panelProblems(raw)).toEqual([{ file: panelsFile, id: "headline", field: "indicators.1.fact", reason: '"report-oil-share" is not one of the panel\'s facts' }]);
    panel.indicators = undefined;
    panel.view = "then-now";
    panel.pairs = [{ then: "report-oil-share", now: "no-such-fact", change: "-" }];
    expect(panelProblems(raw).map((p) => p.field)).toEqual(["pairs.0.then", "pairs.0.now"]);
  });

  it("takes a then-now pair with no later fact, and asks a then-now panel for at least one pair", () => {
    const raw = valid();
    const panel = raw.panels[0]!.record;
    panel.view = "then-now";
    panel.pairs = [{ then: "oil-share", change: "-" }];
    expect(panelProblems(raw)).toEqual([]);
    panel.pairs = [];
    expect(panelProblems(raw)).toEqual([{ file: panelsFile, id: "headline", field: "pairs", reason: 'a "then-now" panel needs at least one pair' }]);
    panel.pairs = undefined;
    expect(panelProblems(raw).map((p) => p.field)).toEqual(["pairs"]);
  });

  it("refuses pairs on any other view", () => {
    const raw = valid();
    raw.panels[0]!.record.pairs = [{ then: "oil-share", change: "-" }];
    expect(panelProblems(raw)).toEqual([{ file: panelsFile, id: "headline", field: "pairs", reason: 'only a "then-now" panel has pairs' }]);
  });
});

describe("the model rules", () => {
  const sourceFile = (id: string) => `tests/fixtures/valid/sources/${id}.yaml`;
  const source = (raw: RawDataset, id: string) => raw.sources.find((s) => s.record.id === id)!.record;

  it("refuses a source that derives from itself", () => {
    const raw = valid();
    source(raw, "report").derived_from = "report";
    expect(checkIntegrity(raw)).toEqual([{ file: sourceFile("report"), id: "report", field: "derived_from", reason: "a source cannot derive from itself" }]);
  });

  it("names the kind of speech that needs a speaker", () => {
    const raw = valid();
    oilShare(raw).quote.attribution = "reported";
    expect(checkIntegrity(raw).filter((p) => p.field === "speaker")).toEqual([
      { file: facts, id: "oil-share", field: "speaker", reason: "required for reported speech: whose words they are" },
    ]);
  });

  it("counts a blank search as no search for an unverified fact", () => {
    const raw = valid();
    raw.facts[1]!.record.verdict.searched = "  ";
    expect(checkIntegrity(raw).map((p) => [p.id, p.field])).toEqual([["report-oil-share", "verdict.searched"]]);
  });

  it("takes a figure estimate of a single year", () => {
    const raw = valid();
    raw.facts[1]!.record.figure!.as_of = { kind: "estimated", from: "2018", to: "2018", basis: "-" };
    expect(checkIntegrity(raw)).toEqual([]);
  });

  it("sees evidence as dependent when its source and the claim's derive from a common source, however far back", () => {
    const raw = valid();
    // article ← wire ← origin, and report ← origin: the report is not independent of the article.
    const base = raw.sources.find((s) => s.record.id === "report")!;
    for (const id of ["wire", "origin"]) raw.sources.push({ file: sourceFile(id), record: { ...structuredClone(base.record), id } });
    source(raw, "article").derived_from = "wire";
    source(raw, "wire").derived_from = "origin";
    source(raw, "report").derived_from = "origin";
    const problems = checkIntegrity(raw).filter((p) => p.field === "evidence.0.independent");
    expect(problems).toEqual([
      { file: facts, id: "oil-share", field: "evidence.0.independent", reason: '"report" and "article" derive one from the other or from the same source' },
    ]);
    // Marked as not independent, it is no problem of its own; the confirmed verdict then lacks independent support.
    oilShare(raw).evidence[0]!.independent = false;
    expect(checkIntegrity(raw).filter((p) => p.id === "oil-share").map((p) => p.field)).toEqual(["verdict.rating"]);
  });

  it("does not follow a derivation loop forever", () => {
    const raw = valid();
    const base = raw.sources.find((s) => s.record.id === "report")!;
    raw.sources.push({ file: sourceFile("loop"), record: { ...structuredClone(base.record), id: "loop", derived_from: "report" } });
    source(raw, "report").derived_from = "loop";
    expect(checkIntegrity(raw).filter((p) => p.field.endsWith("independent"))).toEqual([]);
  });

  it("takes independent confirmation of a figure from the evidence's translation", () => {
    const raw = valid();
    const evidence = oilShare(raw).evidence[0]!;
    evidence.quote = "One in every four liters of oil imports comes from Country A.";
    source(raw, "report").text += "\nOne in every four liters of oil imports comes from Country A.";
    expect(checkIntegrity(raw).map((p) => p.field)).toEqual(["verdict.rating"]);
    evidence.translation = "A quarter (25 percent) of oil imports.";
    expect(checkIntegrity(raw)).toEqual([]);
  });
});

describe("the claim ledger", () => {
  const claimsFile = "tests/fixtures/valid/claims.yaml";
  const article = (raw: RawDataset) => raw.sources.find((s) => s.record.id === "article")!.record;
  const ledgerProblems = (raw: RawDataset) => checkIntegrity(raw).filter((p) => p.file === claimsFile);

  it("reports each stretch of the text no passage covers once, cut to 60 characters, and not the spaces between passages", () => {
    // 59 characters of the collapsed text, then the ellipsis: counted by hand, the cut falls right after "for,".
    const raw = valid();
    const long = "A long sentence that no passage of the ledger accounts for,   and that runs on past sixty characters.";
    article(raw).text = `Short gap.\n${article(raw).text}\n\n${long}\n`;
    const reasons = ledgerProblems(raw).map((p) => p.reason);
    expect(reasons).toEqual([
      'the stored text of "article" is not accounted for from "Short gap."',
      'the stored text of "article" is not accounted for from "A long sentence that no passage of the ledger accounts for,…"',
    ]);
  });

  it("counts every occurrence of a passage as covered", () => {
    const raw = valid();
    article(raw).text += "\nCountry A sells oil.\n";
    expect(ledgerProblems(raw)).toEqual([]);
  });

  it("asks nothing of a ledger when the dataset or its primary source could not be read", () => {
    const noMeta = valid();
    noMeta.meta = null;
    article(noMeta).text += " Unlisted.";
    expect(ledgerProblems(noMeta)).toEqual([]);
    const noPrimary = valid();
    noPrimary.sources = noPrimary.sources.filter((s) => s.record.id !== "article");
    expect(ledgerProblems(noPrimary)).toEqual([]);
  });

  it("leaves a listed fact that quotes an unknown source to the quote rule", () => {
    const raw = valid();
    oilShare(raw).quote.source = "no-such-source";
    const problems = checkIntegrity(raw);
    expect(problems.map((p) => [p.id, p.field])).toContainEqual(["oil-share", "quote.source"]);
    expect(problems.filter((p) => p.file === claimsFile && p.field.includes("facts"))).toEqual([]);
  });

  it("lists a fact as accounted for in any passage, and names one that no passage lists", () => {
    const raw = valid();
    raw.claims!.record.passages[0] = { text: "Country A sells oil.", facts: ["oil-share"] };
    // oil-share's quote is not within "Country A sells oil.".
    expect(ledgerProblems(raw).map((p) => p.field)).toEqual(["passages.0.facts.0"]);
    raw.claims!.record.passages[1] = { text: "It supplies upwards of 25 percent of Country B’s fuel, officials say.", no_claim: "-" };
    raw.claims!.record.passages[0] = { text: "Country A sells oil.", no_claim: "-" };
    expect(checkIntegrity(raw)).toEqual([
      { file: facts, id: "oil-share", field: "quote.source", reason: `quotes the primary source but no passage of ${claimsFile} lists it` },
    ]);
  });
});
