// A citation block as the page hands it to components/actions/cite-block.tsx:
// the record already formatted in every style (formatting reads the styles'
// files, which a component must not), and where its files are downloaded.
import { formatAll, type FormattedCitations } from "@/lib/citation/format";
import type { CslRecord } from "@/lib/citation/records";
import type { CitationTarget } from "@/lib/routes";

export type Citable = { key: string; heading: string; formatted: FormattedCitations; download: CitationTarget };

export function citable(key: string, heading: string, record: CslRecord, download: CitationTarget): Citable {
  return { key, heading, formatted: formatAll(record), download };
}
