import { builtinModules } from "node:module";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundariesPlugin } from "./eslint/client-boundary.mjs";

// The layering, enforced (tests/eslint-boundaries.test.ts plants a wrong-way
// import of each kind and checks it is reported):
// - one data style: pages (app/) query lib/dataset/ and pass props; components take their data as
//   props and never load it: no Node.js modules, no loader, no queries (the words they show come
//   ready from lib/display/);
// - pages read data through lib/dataset/, never through the API's modules;
// - "use client" files reach no server-only code, even through other files;
// - lib/ never reaches up into components/ or app/, and the data layer never into the API.
const nodeBuiltins = [...builtinModules.map((name) => ({ name, message: "Components do not touch the file system or the server; take data as props." })), { name: "server-only", message: "Components do not import server-only modules." }];
const loaderPatterns = (message) => [{ group: ["**/lib/dataset/load", "**/lib/dataset/queries"], allowTypeImports: true, message }];
const componentRule = (loader) => [
  "error",
  { paths: nodeBuiltins, patterns: [{ group: ["node:*"], message: "Components do not touch the file system or the server." }, ...loader] },
];
// Addresses of the site are built in lib/routes.ts only: a string or template starting with one of its paths
// is a hand-built address. Route types (PageProps<"/facts/[id]">) and the API's endpoint keys are not addresses.
const addressPrefix = "^\\/(facts|sources|panels|embed|cite|data|api|changes|about)";
const addressMessage = "Build the site's addresses with lib/routes.ts (routes.*, absolute()), not by hand.";
const addressRule = [
  "error",
  // Any part of a template: `/facts/${id}`, and `${origin}/facts/${id}` (an address built from an expression).
  { selector: `TemplateLiteral > TemplateElement[value.raw=/${addressPrefix}/]`, message: addressMessage },
  { selector: `:not(TSLiteralType, CallExpression[callee.name='serveApi'], MemberExpression[object.name='apiEndpoints']) > Literal[value=/${addressPrefix}/]`, message: addressMessage },
];
const pagesRule = ["error", { patterns: [{ group: ["**/lib/api/*"], message: "Pages read data through lib/dataset/ (queries, fact-query), not the API's modules." }] }];

const config = [
  ...next,
  ...nextTs,
  // CommonJS files (shared by the TypeScript Playwright config and the .mjs scripts) use require.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { plugins: { boundaries: boundariesPlugin }, rules: { "boundaries/no-server-import-in-client": "error" } },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": componentRule(loaderPatterns("Components take their data as props from the page; the page calls lib/dataset/queries.")),
      "boundaries/no-server-import": "error",
    },
  },
  { files: ["app/**/{page,layout,not-found}.tsx"], rules: { "@typescript-eslint/no-restricted-imports": pagesRule } },
  // The API's own documentation page renders the API's description and a live answer of it.
  { files: ["app/**/api-docs/page.tsx"], rules: { "@typescript-eslint/no-restricted-imports": "off" } },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["**/components/**", "**/app/**"], message: "lib/ is below the UI: pass what it needs as arguments." }] }] },
  },
  {
    // The data layer is the bottom: it imports only itself (and packages), never the rest of lib/ or the UI.
    files: ["lib/dataset/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/*", "!@/lib", "@/lib/*", "!@/lib/dataset", "**/components/**", "**/app/**", "../*", "!../dataset"],
              message: "The data layer is the bottom layer: it imports nothing above it.",
            },
          ],
        },
      ],
    },
  },
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"], rules: { "no-restricted-syntax": addressRule } },
  // The builders themselves; the OpenAPI document's path templates (/facts/{id}); path tests of the CSP, not links.
  { files: ["lib/routes.ts", "lib/api/**/*.ts", "lib/csp.cjs"], rules: { "no-restricted-syntax": "off" } },
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**", "bench/.floor/**", "bench/.growth/**", ".stryker-tmp/**", "reports/**"] },
];

export default config;
