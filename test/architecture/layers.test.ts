/**
 * The core's layers, base ← vocabulary ← i18n ← workbook ← judge ← outputs, and the door
 * (src/core/index.ts) the shells use, are enforced by Biome's noRestrictedImports (biome.json).
 * Each row lints one probe file with the project's configuration, in a scratch folder.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const biome = join(root, "node_modules/.bin/biome");
const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
config.vcs = { enabled: false };
const scratch = mkdtempSync(join(tmpdir(), "tongket-layers-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let probes = 0;
/** Lints one file at `file` that imports `specifier`: true when Biome allows the import. */
function allowed(file: string, specifier: string): boolean {
  const dir = join(scratch, String(probes++));
  mkdirSync(join(dir, dirname(file)), { recursive: true });
  writeFileSync(join(dir, "biome.json"), JSON.stringify(config));
  writeFileSync(
    join(dir, file),
    `import * as probe from "${specifier}";\n\nexport const used = probe;\n`,
  );
  try {
    execFileSync(biome, ["lint", file], { cwd: dir, stdio: "pipe" });
    return true;
  } catch (error) {
    const out = String((error as { stderr?: Buffer; stdout?: Buffer }).stderr ?? "");
    const all = out + String((error as { stdout?: Buffer }).stdout ?? "");
    if (!all.includes("noRestrictedImports")) throw new Error(all);
    return false;
  }
}

describe("imports between layers", () => {
  it.each([
    // file                                   import                              allowed
    ["src/core/workbook/probe.ts", "./model.js", true],
    ["src/core/workbook/probe.ts", "../base/text.js", true],
    ["src/core/workbook/probe.ts", "../vocabulary/vi.js", true],
    ["src/core/workbook/probe.ts", "../judge/evaluate.js", false],
    ["src/core/workbook/probe.ts", "../outputs/summary.js", false],
    ["src/core/base/probe.ts", "./text.js", true],
    ["src/core/base/probe.ts", "../vocabulary/vi.js", false],
    ["src/core/vocabulary/probe.ts", "../base/text.js", true],
    ["src/core/vocabulary/probe.ts", "../i18n/messages.js", false],
    ["src/core/i18n/probe.ts", "../vocabulary/vi.js", true],
    ["src/core/i18n/probe.ts", "../workbook/model.js", false],
    ["src/core/judge/probe.ts", "../workbook/read.js", true],
    ["src/core/judge/probe.ts", "../outputs/archive.js", false],
    ["src/core/outputs/draft/probe.ts", "../../judge/evaluate.js", true],
    ["src/core/outputs/probe.ts", "node:fs", false],
    ["src/core/outputs/probe.ts", "../index.js", false],
    ["src/cli/commands/probe.ts", "../../core/index.js", true],
    ["src/cli/commands/probe.ts", "../../core/judge/evaluate.js", false],
    ["src/addon/probe.ts", "../core/workbook/schema.js", false],
    ["src/writers/docx/probe.ts", "../../core/index.js", true],
    ["src/writers/docx/probe.ts", "docx", true],
    ["src/writers/xlsx/probe.ts", "node:stream", false],
    ["src/writers/xlsx/probe.ts", "../../core/outputs/archive.js", false],
    ["src/writers/xlsx/probe.ts", "../../cli/errors.js", false],
    ["src/cli/io/probe.ts", "../../writers/index.js", true],
  ])("%s importing %s: allowed %s", (file, specifier, expected) => {
    expect(allowed(file, specifier)).toBe(expected);
  });
});
