// Browser tests compare pages with the real dataset, read through lib/.
import path from "node:path";
import { fromRaw } from "@/lib/dataset";
import { validateDataset } from "@/lib/validate-dataset";

export const dataset = fromRaw(validateDataset(path.join(__dirname, "..", "data")).raw);
