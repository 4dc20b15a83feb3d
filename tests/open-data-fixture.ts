// The open-data fixture (tests/fixtures/open-data): six facts over four topics
// and every verdict, three sources (one in Russian), two panels; with commas,
// quotes, line breaks and Cyrillic in its text, for the CSV and API tests.
import path from "node:path";
import { loadDataset, type Dataset } from "@/lib/dataset/load";

export function loadFixture(): Dataset {
  return loadDataset(path.join(__dirname, "fixtures", "open-data"));
}
