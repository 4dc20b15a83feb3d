// Local ESLint rules: a "use client" file must not import server-only code.
// Next.js would bundle such an import for the browser (or fail the build with
// a message far from the import), so the rule follows each value import
// through the project's own files and reports the one that leads to a Node.js
// built-in or to a module marked `import "server-only"`. The same rule for
// every file it is set on (components/): components lay out what they are
// given, so none reads files or data on its own, even through lib/.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const extensions = ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts", "/index.tsx"];

export function isNodeBuiltin(specifier) {
  return specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]);
}

function resolveLocal(specifier, fromFile) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const extension of extensions) {
    const candidate = base + extension;
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // not this extension
    }
  }
  return null;
}

// Import and re-export statements, with the clause between the keyword and `from`.
const importPattern = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*(?:from\s*)?["']([^"']+)["']/gm;
const typeOnlyClause = /^\{\s*(?:type\s+[\w$]+(?:\s+as\s+[\w$]+)?\s*,?\s*)+\}$/;

function valueImports(file) {
  const text = readFileSync(file, "utf8");
  const found = [];
  for (const [, typeKeyword, clause, specifier] of text.matchAll(importPattern)) {
    if (typeKeyword || typeOnlyClause.test(clause.trim())) continue;
    found.push(specifier);
  }
  return found;
}

const cache = new Map();

/**
 * The path by which importing `specifier` from `fromFile` brings server-only
 * code along (["lib/dataset/queries.ts", "server-only"]), or null.
 */
export function serverOnlyChain(specifier, fromFile, visiting = new Set()) {
  if (specifier === "server-only" || isNodeBuiltin(specifier)) return [specifier];
  const file = resolveLocal(specifier, fromFile);
  if (!file || visiting.has(file)) return null;
  if (cache.has(file)) return cache.get(file);
  visiting.add(file);
  let chain = null;
  for (const next of valueImports(file)) {
    const inner = serverOnlyChain(next, file, visiting);
    if (inner) {
      chain = [path.relative(root, file), ...inner];
      break;
    }
  }
  visiting.delete(file);
  cache.set(file, chain);
  return chain;
}

function isClientFile(program) {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
}

function serverImportRule({ onlyClientFiles, description, message }) {
  return {
    meta: { type: "problem", docs: { description }, schema: [], messages: { serverOnly: message } },
    create: (context) => (onlyClientFiles && !isClientFile(context.sourceCode.ast) ? {} : importVisitors(context)),
  };
}

function importVisitors(context) {
  const filename = context.filename;
  const check = (node, source, typeOnly) => {
    if (typeOnly || !source || typeof source.value !== "string") return;
    const chain = serverOnlyChain(source.value, filename);
    if (chain) context.report({ node, messageId: "serverOnly", data: { specifier: source.value, chain: chain.join(" → ") } });
  };
  const allTypes = (node) => node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
  return {
    ImportDeclaration: (node) => check(node, node.source, node.importKind === "type" || allTypes(node)),
    ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === "type" || allTypes(node)),
    ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === "type"),
    ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null, false),
  };
}

const noServerImportInClient = serverImportRule({
  onlyClientFiles: true,
  description: 'Forbid "use client" files from importing Node.js built-ins or server-only modules, directly or through project files.',
  message: 'A "use client" file cannot import "{{specifier}}": it leads to server-only code ({{chain}}).',
});
const noServerImport = serverImportRule({
  onlyClientFiles: false,
  description: "Forbid importing Node.js built-ins or server-only modules, directly or through project files.",
  message: 'A component cannot import "{{specifier}}": it leads to server-only code ({{chain}}); the page reads it and passes it down.',
});

export const boundariesPlugin = {
  meta: { name: "boundaries" },
  rules: { "no-server-import-in-client": noServerImportInClient, "no-server-import": noServerImport },
};
