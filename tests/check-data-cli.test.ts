import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");
const run = (dir: string) =>
  spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/check-data.ts", dir], {
    cwd: root,
    encoding: "utf8",
  });

// Each test starts a child process: seconds on a busy machine, not a performance target.
describe("npm run check:data", { timeout: 30_000 }, () => {
  it("exits 0 and summarises a sound dataset", () => {
    const result = run("tests/fixtures/valid");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2 facts, 2 sources, 1 panels/);
  });

  it("exits non-zero and prints file: id: field: reason for a broken one", () => {
    const result = run("tests/fixtures/broken/quote-not-verbatim");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      'fixtures/broken/quote-not-verbatim/facts/energy.yaml: oil-share: quote.text: not found verbatim in the stored text of "article"',
    );
    expect(result.stderr).toMatch(/1 problem\(s\)/);
  });
});
