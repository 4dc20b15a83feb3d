// Growth: the dataset copied N times over (facts, sources and their texts,
// with fresh ids), so validation, build and the home page can be measured as
// the data grows. The copies are realistic in length because they are copies.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse, stringify } from "yaml";
import { root } from "./lib.mjs";

const suffix = (id, k) => `${id}-g${k}`;

export function generateDataset(factor, outDir) {
  const data = path.join(root, "data");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(data, outDir, { recursive: true });
  const sourceFiles = readdirSync(path.join(data, "sources")).filter((f) => f.endsWith(".yaml"));
  const factFiles = readdirSync(path.join(data, "facts")).filter((f) => f.endsWith(".yaml"));
  const panels = parse(readFileSync(path.join(data, "panels.yaml"), "utf8"));
  const extraPanels = [];
  for (let k = 1; k < factor; k++) {
    for (const file of sourceFiles) {
      const source = parse(readFileSync(path.join(data, "sources", file), "utf8"));
      const id = suffix(source.id, k);
      writeFileSync(path.join(outDir, "sources", `${id}.yaml`), stringify({ ...source, id }));
      cpSync(path.join(data, "sources", file.replace(/\.yaml$/, ".txt")), path.join(outDir, "sources", `${id}.txt`));
    }
    const copies = [];
    for (const file of factFiles) {
      const facts = parse(readFileSync(path.join(data, "facts", file), "utf8")).map((fact) => ({
        ...fact,
        id: suffix(fact.id, k),
        quote: { ...fact.quote, source: suffix(fact.quote.source, k) },
        evidence: fact.evidence.map((e) => ({ ...e, source: suffix(e.source, k) })),
      }));
      copies.push(...facts);
      writeFileSync(path.join(outDir, "facts", `g${k}-${file}`), stringify(facts));
    }
    // Topic lists take every copy; each copy also brings one panel of its own.
    for (const panel of panels.filter((p) => p.view === "list")) {
      panel.facts.push(...copies.filter((f) => f.topic === panel.topic).map((f) => f.id));
    }
    extraPanels.push({ id: `copy-${k}`, title: `Copy ${k} of the article's claims`, description: "Generated for the growth benchmark.", view: "list", facts: copies.slice(0, 30).map((f) => f.id) });
  }
  writeFileSync(path.join(outDir, "panels.yaml"), stringify([...panels, ...extraPanels]));
  const count = (dir, ext) => readdirSync(path.join(outDir, dir)).filter((f) => f.endsWith(ext)).length;
  return { factor, sources: count("sources", ".yaml"), factFiles: count("facts", ".yaml") };
}
