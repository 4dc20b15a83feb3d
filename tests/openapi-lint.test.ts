// Real tooling accepts the API contract: Redocly's linter, with its
// recommended rules, finds no error and no warning in the OpenAPI document.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { loadFixture } from "./open-data-fixture";

type LintReport = { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string }> };

const dir = mkdtempSync(path.join(os.tmpdir(), "openapi-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(document: unknown): LintReport {
  const file = path.join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(document));
  const redocly = path.join(__dirname, "..", "node_modules", ".bin", "redocly");
  // Run from the temporary folder so no stray redocly.yaml changes the rules; no telemetry, no update check.
  const result = spawnSync(redocly, ["lint", file, "--extends", "recommended", "--format", "json"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return JSON.parse(result.stdout) as LintReport;
}

// Each test starts a child process: seconds on a busy machine, not a performance target.
describe("redocly lint (recommended)", { timeout: 30_000 }, () => {
  it("passes on the OpenAPI document, with no warning either", () => {
    const report = lint(openApiDocument(loadFixture().meta));
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });

  it("fails a document that does not declare the API public (so the check above can fail)", () => {
    const document = openApiDocument(loadFixture().meta);
    delete document.security;
    expect(lint(document).problems.map((p) => p.ruleId)).toContain("security-defined");
  });
});
