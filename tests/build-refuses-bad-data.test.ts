// A hand-broken data file must never reach users: the production build
// (`npm run build`) refuses it before Next starts. (Pages also load the data
// through the same checks, so `next build` alone fails too.)
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.join(__dirname, "..");
const work = mkdtempSync(path.join(os.tmpdir(), "kzil-broken-"));
const data = path.join(work, "data");
cpSync(path.join(root, "data"), data, { recursive: true });
const factsFile = path.join(data, "facts", "energy.yaml");
// Change one letter of a quote: it no longer occurs in its source.
writeFileSync(factsFile, readFileSync(factsFile, "utf8").replace("text: it supplies upwards of 25 percent", "text: it supplies upwards of 35 percent"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Should the check ever let it through, Next builds into a throwaway folder, not .next.
const env = { ...process.env, DATA_DIR: data, NEXT_DIST_DIR: ".next-broken-data-test", NEXT_TELEMETRY_DISABLED: "1" };

// Each test starts a child process: seconds on a busy machine, not a performance target.
describe("a corrupted data file", { timeout: 30_000 }, () => {
  it("stops npm run build before Next starts, naming the file, fact and field", () => {
    const result = spawnSync("npm", ["run", "-s", "build"], { cwd: root, env, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/facts\/energy\.yaml: kazakhstan-supplies-quarter-of-israels-fuel: quote\.text: not found verbatim/);
    expect(result.stderr).toMatch(/figure\.value: the digits of 25 do not occur in the quote/);
    expect(result.stdout).not.toMatch(/Compiled successfully/);
  });

});
