// Prints the dataset in a data folder as a release snapshot (JSON), loaded by
// the one loader of the tree it runs in: scripts/reconstruct-release.sh runs it
// inside an old commit's tree, so old data is read with its own schema.
import { loadDataset } from "@/lib/dataset/load";
import { buildSnapshot } from "@/lib/history/snapshot";

const dir = process.argv[2] ?? "data";
process.stdout.write(`${JSON.stringify(buildSnapshot(loadDataset(dir)), null, 2)}\n`);
