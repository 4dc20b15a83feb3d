// Loaded first by scripts/render-charts.tsx: this script is server code run at
// build time, so the `server-only` guard (which throws outside React Server
// Components) resolves to an empty module here, as it does on the server.
const Module = require("node:module");
const path = require("node:path");
// The package's "react-server" entry, an empty module; its exports map hides it from a plain require.
const empty = path.join(path.dirname(require.resolve("server-only")), "empty.js");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "server-only") return empty;
  return resolve.call(this, request, ...rest);
};
