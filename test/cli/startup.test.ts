/**
 * Start-up: the built command line (dist/cli, `npm run build`) loads a heavy library only in
 * the command that uses it. Followed from the entry through the static imports of its chunks:
 * `--version`, `--help` and `check` reach none of exceljs, docx, resvg or googleapis; export
 * and template reach exceljs, a DOCX draft docx and resvg. And the built commands still run.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const ENTRY = "dist/cli/tongket.js";
const HEAVY = ["exceljs", "docx", "@resvg/resvg-js", "googleapis"];

/** Static `import … from "x"` / `import "x"` specifiers of a chunk. */
function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm),
  ].map((m) => (m[1] ?? m[2])!);
}

/** The packages a chunk loads before any dynamic import: its static imports, transitively. */
function packagesLoaded(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const spec of staticImports(readFileSync(file, "utf8"))) {
    if (spec.startsWith(".")) {
      for (const p of packagesLoaded(join(dirname(file), spec), seen)) packages.add(p);
    } else if (!spec.startsWith("node:"))
      packages.add(
        spec
          .split("/")
          .slice(0, spec.startsWith("@") ? 2 : 1)
          .join("/"),
      );
  }
  return packages;
}

/** A chunk and the chunks it imports statically, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of staticImports(readFileSync(file, "utf8"))) {
    if (spec.startsWith(".")) staticClosure(join(dirname(file), spec), seen);
  }
  return seen;
}

/**
 * The chunk loaded by a dynamic `import("./…/NAME-HASH.js")` in `file` or in a chunk it
 * imports statically (esbuild moves code two commands share into a chunk of its own).
 */
function dynamicChunk(file: string, name: string): string {
  const pattern = new RegExp(`import\\("(\\./(?:chunks/)?${name}-[A-Z0-9]+\\.js)"\\)`);
  for (const f of staticClosure(file)) {
    const m = pattern.exec(readFileSync(f, "utf8"));
    if (m) return join(dirname(f), m[1]!);
  }
  throw new Error(`no dynamic import of ${name} from ${file}`);
}

describe.skipIf(!existsSync(ENTRY))("the built command line's start-up", () => {
  it("--version and --help load no heavy library", () => {
    const loaded = packagesLoaded(ENTRY);
    for (const p of HEAVY) expect(loaded.has(p), p).toBe(false);
  });

  it("check loads no heavy library: the XLSX reader is fflate + saxes, bundled", () => {
    const check = packagesLoaded(dynamicChunk(ENTRY, "check"));
    const reader = packagesLoaded(dynamicChunk(ENTRY, "xlsx-read"));
    for (const p of HEAVY) {
      expect(check.has(p), p).toBe(false);
      expect(reader.has(p), p).toBe(false);
    }
  });

  it("export and template load exceljs; the draft loads resvg, and docx only for a DOCX", () => {
    expect(packagesLoaded(dynamicChunk(ENTRY, "export")).has("exceljs")).toBe(true);
    expect(packagesLoaded(dynamicChunk(ENTRY, "template")).has("exceljs")).toBe(true);
    const draftFile = dynamicChunk(ENTRY, "draft");
    const draft = packagesLoaded(draftFile);
    expect(draft.has("@resvg/resvg-js")).toBe(true);
    expect(draft.has("docx")).toBe(false);
    expect(packagesLoaded(dynamicChunk(draftFile, "draft")).has("docx")).toBe(true);
  });

  it("the built commands run: --version, and check on the sample", () => {
    expect(
      execFileSync(process.execPath, ["bin/tongket.js", "--version"], { encoding: "utf8" }),
    ).toMatch(/^\d+\.\d+\.\d+/);
    const out = execFileSync(
      process.execPath,
      ["bin/tongket.js", "check", "sheets-templates/sample.xlsx"],
      { encoding: "utf8" },
    );
    expect(out).toContain("cảnh báo");
  });
});
