// The W3C Nu HTML checker (vnu-jar, on Java) over pages already fetched: used
// by the browser tests (e2e/html-validity.spec.ts) and by `npm run bench`.
// CommonJS, like scripts/chromium.cjs, so Playwright's TypeScript and plain Node both load it.
const { execFile } = require("node:child_process");
const { mkdtempSync, rmSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const jar = String(require("vnu-jar"));

/**
 * Checks each document (HTML, or SVG when its name ends in .svg) and resolves
 * to its errors: `{ [name]: [{ line, message, extract }] }`, an empty list
 * for a valid one.
 */
function checkMarkup(documents) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  const files = documents.map((doc, i) => {
    const file = path.join(dir, `${i}${doc.name.endsWith(".svg") ? ".svg" : ".html"}`);
    writeFileSync(file, doc.markup);
    return file;
  });
  return new Promise((resolve, reject) => {
    execFile("java", ["-jar", jar, "--errors-only", "--also-check-svg", "--format", "json", "--exit-zero-always", ...files], { maxBuffer: 64 * 2 ** 20 }, (error, _stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) return reject(error);
      let report;
      try {
        report = JSON.parse(stderr);
      } catch {
        return reject(new Error(`the Nu checker did not answer in JSON: ${stderr.slice(0, 500)}`));
      }
      // vnu names files "file:/tmp/…": match on the file name.
      const byFile = new Map(files.map((file, i) => [path.basename(file), documents[i].name]));
      const results = Object.fromEntries(documents.map((doc) => [doc.name, []]));
      for (const m of report.messages ?? []) {
        if (m.type !== "error" && m.subType !== "fatal") continue;
        const name = byFile.get(path.basename(m.url ?? "")) ?? m.url ?? "?";
        (results[name] ??= []).push({ line: m.lastLine, message: m.message, extract: m.extract });
      }
      resolve(results);
    });
  });
}

module.exports = { checkMarkup };
