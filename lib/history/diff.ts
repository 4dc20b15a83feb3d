// Consecutive snapshots into a list of changes a reader can follow: what was
// added or removed, and which displayed field of a fact or source changed.
import { factLabels, sourceLabels, type FactLabels, type SourceLabels } from "@/lib/history/normalise";
import type { Snapshot, SnapshotRecord } from "@/lib/history/snapshot";

export const changeKinds = [
  "fact-added",
  "fact-removed",
  "source-added",
  "source-removed",
  "verdict",
  "figure",
  "date",
  "attribution",
  "quote",
  "statement",
  "evidence",
  "title",
  "source-details",
] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changeKindLabels: Record<ChangeKind, string> = {
  "fact-added": "Facts added",
  "fact-removed": "Facts removed",
  "source-added": "Sources added",
  "source-removed": "Sources removed",
  verdict: "Verdicts",
  figure: "Figures",
  date: "Dates",
  attribution: "Attribution and speakers",
  quote: "Quotes",
  statement: "Statements",
  evidence: "Evidence",
  title: "Source titles",
  "source-details": "Other source details",
};

export type Change = {
  /** The version that made the change, and the one before it. */
  version: string;
  previous: string;
  kind: ChangeKind;
  subject: "fact" | "source";
  id: string;
  /** The fact's statement or the source's title, as of the later version (the earlier one when removed). */
  label: string;
  /** The displayed field that changed ("figure date"); empty for additions and removals. */
  field: string;
  before: string | null;
  after: string | null;
  reason: string | null;
};

type Field<T> = { kind: ChangeKind; field: string; get: (labels: T) => string };

const factFields: Field<FactLabels>[] = [
  { kind: "statement", field: "statement", get: (f) => f.statement },
  { kind: "verdict", field: "verdict", get: (f) => f.verdict },
  { kind: "verdict", field: "verdict summary", get: (f) => f.verdictSummary },
  { kind: "figure", field: "figure value", get: (f) => f.figure?.value ?? "none" },
  { kind: "figure", field: "figure qualifier", get: (f) => f.figure?.qualifier ?? "none" },
  { kind: "figure", field: "figure period", get: (f) => f.figure?.period ?? "none" },
  { kind: "figure", field: "figure measure", get: (f) => f.figure?.measure ?? "none" },
  { kind: "date", field: "figure date", get: (f) => f.figure?.date ?? "none" },
  { kind: "date", field: "event date", get: (f) => f.eventDate },
  { kind: "attribution", field: "attribution", get: (f) => f.attribution },
  { kind: "quote", field: "quote source", get: (f) => f.quoteSource },
  { kind: "quote", field: "quote text", get: (f) => f.quoteText },
  { kind: "quote", field: "quote translation", get: (f) => f.quoteTranslation },
  { kind: "evidence", field: "evidence", get: (f) => f.evidence },
];

const sourceFields: Field<SourceLabels>[] = [
  { kind: "title", field: "title", get: (s) => s.title },
  { kind: "source-details", field: "publisher", get: (s) => s.publisher },
  { kind: "source-details", field: "authors", get: (s) => s.authors },
  { kind: "source-details", field: "address", get: (s) => s.url },
  { kind: "source-details", field: "publication date", get: (s) => s.published },
  { kind: "source-details", field: "how the date is known", get: (s) => s.dateKnown },
  { kind: "source-details", field: "reliability tier", get: (s) => s.tier },
  { kind: "source-details", field: "note", get: (s) => s.note },
  // The hash itself means nothing to a reader: only that the stored text changed.
  { kind: "source-details", field: "stored text", get: (s) => s.textHash },
];

type Reasons = Map<string, string>;

function byId(records: SnapshotRecord[]): Map<string, SnapshotRecord> {
  return new Map(records.map((record) => [record.id, record]));
}

function publisherLookup(snapshot: Snapshot): (id: string) => string {
  const publishers = new Map(snapshot.sources.map((s) => [s.id, typeof s.publisher === "string" ? s.publisher : s.id]));
  return (id) => publishers.get(id) ?? id;
}

function diffRecords<T extends { id: string }>(
  subject: "fact" | "source",
  before: SnapshotRecord[],
  after: SnapshotRecord[],
  toLabels: (record: SnapshotRecord, side: "before" | "after") => T,
  fields: Field<T>[],
  title: (labels: T) => string,
  base: { version: string; previous: string; reasons: Reasons },
): Change[] {
  const old = byId(before);
  const now = byId(after);
  const make = (kind: ChangeKind, labels: T, field: string, b: string | null, a: string | null): Change => ({
    version: base.version,
    previous: base.previous,
    kind,
    subject,
    id: labels.id,
    label: title(labels),
    field,
    before: b,
    after: a,
    reason: base.reasons.get(labels.id) ?? null,
  });
  const changes: Change[] = [];
  for (const record of after) {
    const next = toLabels(record, "after");
    const prior = old.get(record.id);
    if (!prior) {
      changes.push(make(subject === "fact" ? "fact-added" : "source-added", next, "", null, null));
      continue;
    }
    const was = toLabels(prior, "before");
    for (const { kind, field, get } of fields) {
      if (get(was) === get(next)) continue;
      const hidden = field === "stored text";
      changes.push(make(kind, next, field, hidden ? null : get(was), hidden ? null : get(next)));
    }
  }
  for (const record of before) {
    if (!now.has(record.id)) changes.push(make(subject === "fact" ? "fact-removed" : "source-removed", toLabels(record, "before"), "", null, null));
  }
  return changes;
}

/** Every change from `before` to `after`, facts first then sources, each in the later snapshot's order. */
export function diffSnapshots(before: Snapshot, after: Snapshot, reasons: Reasons = new Map()): Change[] {
  const base = { version: after.version, previous: before.version, reasons };
  const publishers = { before: publisherLookup(before), after: publisherLookup(after) };
  return [
    ...diffRecords("fact", before.facts, after.facts, (r, side) => factLabels(r, publishers[side]), factFields, (f) => f.statement, base),
    ...diffRecords("source", before.sources, after.sources, (r) => sourceLabels(r), sourceFields, (s) => s.title, base),
  ];
}

/** "1 change", "18 changes": a release's size, the same words on /changes and in the Atom feed. */
export function changeCount(n: number): string {
  return `${n} ${n === 1 ? "change" : "changes"}`;
}

/** One sentence for a change: "figure date: June 2019 → undated, before 2019". */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case "fact-added":
    case "source-added":
      return `${change.subject === "fact" ? "Fact" : "Source"} added`;
    case "fact-removed":
    case "source-removed":
      return `${change.subject === "fact" ? "Fact" : "Source"} removed`;
    default:
      if (change.before === null || change.after === null) return `${capitalise(change.field)} changed`;
      return `${capitalise(change.field)} changed from ${change.before} to ${change.after}`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
