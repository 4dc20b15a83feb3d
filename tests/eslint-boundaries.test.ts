// The layering rules in eslint.config.mjs, tried on planted imports: each
// wrong-way import must be reported, and the right way must pass.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });
const boundaryRules = new Set(["@typescript-eslint/no-restricted-imports", "boundaries/no-server-import-in-client", "no-restricted-syntax"]);

/** The boundary problems ESLint reports for `code` saved at `file` (which need not exist). */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  expect(result?.messages.filter((m) => m.fatal)).toEqual([]);
  return (result?.messages ?? []).filter((m) => boundaryRules.has(m.ruleId ?? "")).map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (imports: string) => `${imports}\nexport const used = [value];\n`;

describe("ESLint import boundaries", () => {
  // Loading the config, its plugins and the TypeScript parser takes seconds on a busy machine; do it once, first.
  beforeAll(() => boundaryProblems("components/warm-up.tsx", "export {};\n"), 60_000);

  it.each([
    ["components/planted.tsx", 'import { readFileSync as value } from "node:fs";', "node:fs"],
    ["components/planted.tsx", 'import value from "path";', "'path'"],
    ["components/charts/planted.tsx", 'import { getDataset as value } from "@/lib/dataset/queries";', "props"],
    ["components/planted.tsx", 'import { loadDataset as value } from "@/lib/dataset/load";', "props"],
    ["app/(site)/planted/page.tsx", 'import { apiEndpoints as value } from "@/lib/api/endpoints";', "lib/dataset/"],
    ["app/(site)/planted/[id]/page.tsx", 'import { parseQuery as value } from "@/lib/api/params";', "lib/dataset/"],
    ["lib/planted.ts", 'import { DownloadList as value } from "@/components/open-data/download-list";', "below the UI"],
    ["lib/dataset/planted.ts", 'import { badQuery as value } from "@/lib/api/errors";', "bottom layer"],
    ["lib/dataset/planted.ts", 'import { formatValue as value } from "@/lib/display/format";', "bottom layer"],
    ["lib/dataset/planted.ts", 'import { routes as value } from "@/lib/routes";', "bottom layer"],
    ["lib/dataset/planted.ts", 'import { today as value } from "../today";', "bottom layer"],
  ])("reports %s importing the wrong way: %s", async (file, imports, said) => {
    const problems = await boundaryProblems(file, use(imports));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(said);
  });

  it.each([
    ["components/panels/planted.tsx", 'const id = "x";\nconst value = `/facts/${id}`;'],
    ["app/(site)/planted/page.tsx", 'const value = "/api/v1/openapi.json";'],
    ["lib/planted.ts", 'const id = "x";\nconst value = `/cite/panels/${id}.bib`;'],
    ["lib/planted.ts", 'const origin = "https://example.org";\nconst id = "x";\nconst value = `${origin}/panels/${id}`;'],
  ])("reports an address built by hand in %s: %s", async (file, code) => {
    const problems = await boundaryProblems(file, use(code));
    expect(problems).toEqual(["no-restricted-syntax: Build the site's addresses with lib/routes.ts (routes.*, absolute()), not by hand."]);
  });

  it.each([
    ["a module marked server-only", 'import { getDataset as value } from "@/lib/dataset/queries";', "lib/dataset/queries.ts → server-only"],
    ["a Node.js built-in", 'import { createHash as value } from "node:crypto";', "node:crypto"],
    ["a file that reaches a built-in through another file", 'import { dataPackage as value } from "@/lib/open-data/bodies";', "lib/recorded-trade/data.ts → node:path"],
    ["server-only code through a relative path", 'import { downloadResponse as value } from "../lib/open-data/serve";', "server-only"],
  ])("reports a client component importing %s", async (_what, imports, chain) => {
    const problems = await boundaryProblems("components/planted-client.tsx", `"use client";\n${use(imports)}`);
    expect(problems.some((problem) => problem.startsWith("boundaries/no-server-import-in-client") && problem.includes(chain))).toBe(true);
  });

  it.each([
    ["a module that reads the file system", 'import { chartMarkup as value } from "@/lib/charts/markup";', "lib/charts/markup.ts → server-only"],
    ["a module that reads files through another", 'import { citable as value } from "@/lib/citation/citable";', "lib/citation/format.ts → node:fs"],
  ])("reports any component, client or not, importing %s", async (_what, imports, chain) => {
    const [result] = await eslint.lintText(use(imports), { filePath: path.join(root, "components/panels/planted.tsx") });
    const problems = (result?.messages ?? []).filter((m) => m.ruleId === "boundaries/no-server-import").map((m) => m.message);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(chain);
  });

  it.each([
    ["a component importing pure lib code and the loader's types", "components/planted.tsx", 'import type { Dataset } from "@/lib/dataset/load";\nimport { formatDate as value } from "@/lib/display/format";'],
    ["a page reading data through the data layer", "app/(site)/planted/page.tsx", 'import { getDataset } from "@/lib/dataset/queries";\nimport { factPage as value } from "@/lib/dataset/fact-query";\nvoid getDataset;'],
    ["a client component importing browser-safe code and API types", "components/planted-client.tsx", '"use client";\nimport type { FactList } from "@/lib/api/envelopes";\nimport { explorerHref as value } from "@/lib/explorer-state";\nexport type List = FactList;'],
    ["a server route handler importing server-only code", "app/data/planted/route.ts", 'import { downloadResponse as value } from "@/lib/open-data/serve";'],
    ["a component linking through lib/routes.ts", "components/planted.tsx", 'import { routes } from "@/lib/routes";\nconst value = routes.quoteInSource({ id: "x", quote: { source: "y" } });'],
    ["a page naming its route type", "app/(site)/planted/[id]/page.tsx", 'export type Props = PageProps<"/facts/[id]">;\nconst value = 1;'],
  ])("accepts %s", async (_what, file, imports) => {
    expect(await boundaryProblems(file, use(imports))).toEqual([]);
  });
});
