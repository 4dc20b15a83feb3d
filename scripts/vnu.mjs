// The W3C Nu HTML checker (vnu-jar, on Java) over pages already fetched: used
// by the browser tests (e2e/html-validity.spec.ts) and by `npm run bench`.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const jar = String(createRequire(import.meta.url)("vnu-jar"));

/**
 * Checks each document (HTML, or SVG when its name ends in .svg) and resolves
 * to its errors: `{ [name]: [{ line, message, extract }] }`, an empty list
 * for a valid one.
 */
export function checkMarkup(documents) {
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
      const byFile = new Map(files.map((file, i) => [pathToFileURL(file).href, documents[i].name]));
      const results = Object.fromEntries(documents.map((doc) => [doc.name, []]));
      for (const m of report.messages ?? []) {
        if (m.type !== "error" && m.subType !== "fatal") continue;
        const name = byFile.get(m.url) ?? m.url ?? "?";
        (results[name] ??= []).push({ line: m.lastLine, message: m.message, extract: m.extract });
      }
      resolve(results);
    });
  });
}
