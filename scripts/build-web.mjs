// Builds the browser shell: one esbuild bundle of src/web/main.ts (core, writers, exceljs,
// docx, jszip) inlined with its style into dist/web/tongket.html (the offline page) and
// dist/addon/dialog.html (the add-on's dialog). No file is fetched at run time: the page
// works opened from disk, and its Content-Security-Policy forbids any request.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shims = join(root, "src/web/shims");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/**
 * Node modules exceljs's sources require, mapped for the browser: the streaming writer's zip
 * (archiver) over JSZip, Node's streams and events by their npm ports, and what is never
 * called in a browser (files, CSV, encryption) by an empty module. ("events", "buffer" and
 * "string_decoder" need no mapping: their npm ports have the same names.)
 */
const BROWSER_MODULES = {
  exceljs: join(shims, "exceljs.cjs"),
  archiver: join(shims, "archiver.cjs"),
  stream: "readable-stream",
  fs: join(shims, "empty.cjs"),
  crypto: join(shims, "empty.cjs"),
  "fast-csv": join(shims, "empty.cjs"),
  tmp: join(shims, "empty.cjs"),
  unzipper: join(shims, "empty.cjs"),
};

const browserModules = {
  name: "browser-modules",
  setup(b) {
    const names = Object.keys(BROWSER_MODULES).join("|");
    b.onResolve({ filter: new RegExp(`^(${names})$`) }, async (args) => {
      const target = BROWSER_MODULES[args.path];
      if (target.startsWith("/")) return { path: target };
      const resolved = await b.resolve(target, { resolveDir: root, kind: args.kind });
      return { path: resolved.path };
    });
  },
};

/** The bundle's JavaScript, minified; licence comments of the bundled packages at the end. */
export async function bundleWeb() {
  const result = await build({
    entryPoints: [join(root, "src/web/main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    charset: "utf8",
    legalComments: "eof",
    inject: [join(shims, "globals.js")],
    define: {
      TONGKET_VERSION: JSON.stringify(pkg.version),
      global: "globalThis",
      "process.env.NODE_ENV": '"production"',
    },
    plugins: [browserModules],
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** Puts the script and the style into an HTML template; "</script" cannot end the script. */
export function inline(template, script, style) {
  const safe = script.replace(/<\/(script)/gi, "<\\/$1");
  return template.replace("/*STYLE*/", () => style).replace("/*SCRIPT*/", () => safe);
}

export async function buildWeb(outDir = join(root, "dist")) {
  const script = await bundleWeb();
  const style = readFileSync(join(root, "src/web/style.css"), "utf8");
  const page = inline(readFileSync(join(root, "src/web/page.html"), "utf8"), script, style);
  const dialog = inline(readFileSync(join(root, "src/addon/dialog.html"), "utf8"), script, style);
  mkdirSync(join(outDir, "web"), { recursive: true });
  mkdirSync(join(outDir, "addon"), { recursive: true });
  const pageFile = join(outDir, "web/tongket.html");
  const dialogFile = join(outDir, "addon/dialog.html");
  writeFileSync(pageFile, page);
  writeFileSync(dialogFile, dialog);
  return {
    pageFile,
    dialogFile,
    pageBytes: Buffer.byteLength(page),
    dialogBytes: Buffer.byteLength(dialog),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = await buildWeb();
  console.log(
    `${built.pageFile}: ${built.pageBytes} bytes; ${built.dialogFile}: ${built.dialogBytes} bytes`,
  );
}
