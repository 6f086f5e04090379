// Builds the command line (dist/cli), the Apps Script add-on (dist/addon, see build-addon.mjs)
// and the browser shell (dist/web/tongket.html and dist/addon/dialog.html, see build-web.mjs).
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli/tongket.ts"],
  outfile: "dist/cli/tongket.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  define: { TONGKET_VERSION: JSON.stringify(pkg.version) },
  logLevel: "warning",
});

const { buildAddon } = await import("./build-addon.mjs");
await buildAddon();

// The offline page (dist/web/tongket.html) and the add-on's dialog (dist/addon/dialog.html).
const { buildWeb } = await import("./build-web.mjs");
await buildWeb();
