// Builds the command line (dist/cli), the Apps Script add-on (dist/addon, see build-addon.mjs)
// and the browser shell (dist/web/tongket.html and dist/addon/dialog.html, see build-web.mjs).
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

// Start-up: each command's module is a chunk of its own (main.ts imports them when the
// command runs), so `--version`, `--help` and `check` never load exceljs, docx or resvg. The
// small pure-JS packages every command needs (commander, fflate, saxes) are bundled in, which
// spares Node resolving and loading them file by file; the big ones stay external, loaded
// only by the chunk that needs them (and resvg is a native addon).
rmSync("dist/cli", { recursive: true, force: true });
await build({
  entryPoints: { tongket: "src/cli/tongket.ts" },
  outdir: "dist/cli",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["exceljs", "docx", "@resvg/resvg-js", "googleapis"],
  // Bundled CommonJS (commander, saxes) requires Node's built-in modules.
  banner: {
    js: 'import { createRequire as __tongketRequire } from "node:module";\nconst require = __tongketRequire(import.meta.url);',
  },
  sourcemap: true,
  define: { TONGKET_VERSION: JSON.stringify(pkg.version) },
  logLevel: "warning",
});

const { buildAddon } = await import("./build-addon.mjs");
await buildAddon();

// The offline page (dist/web/tongket.html) and the add-on's dialog (dist/addon/dialog.html).
const { buildWeb } = await import("./build-web.mjs");
await buildWeb();
