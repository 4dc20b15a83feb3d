// The open-data fixture (tests/fixtures/open-data): six facts over four topics
// and every verdict, three sources (one in Russian), two panels; with commas,
// quotes, line breaks and Cyrillic in its text, for the CSV and API tests.
import path from "node:path";
import { fromRaw, type Dataset } from "@/lib/dataset";
import { formatProblem } from "@/lib/problem";
import { validateDataset } from "@/lib/validate-dataset";

export function loadFixture(): Dataset {
  const { raw, problems } = validateDataset(path.join(__dirname, "fixtures", "open-data"));
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
  return fromRaw(raw);
}
