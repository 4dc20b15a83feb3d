// Browser tests compare pages with the real dataset, read through the one loader
// (which refuses a dataset with problems rather than comparing against it).
import path from "node:path";
import { loadDataset } from "@/lib/dataset/load";

export const dataset = loadDataset(path.join(__dirname, "..", "data"));
