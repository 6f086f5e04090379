/**
 * The house's size rules, measured on the source: no file in src/ over 500 lines (data such as
 * the sample aside) and no function over 80 lines. A newcomer should be able to read any one
 * function whole; a file that grows past the limit is a sign it holds two jobs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SRC = join(ROOT, "src");
const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 80;
/**
 * Data, not logic: the sample school's workbook, written out cell by cell, and the vocabulary's
 * Vietnamese labels and aliases (one home for the words, a list that grows with the domain).
 */
const DATA_FILES = new Set(["src/core/workbook/sample/hoa-binh.ts", "src/core/vocabulary/vi.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface Sized {
  readonly where: string;
  readonly lines: number;
}

/** Every function-like node of a file (declarations, methods, arrows, function expressions). */
function functionsOf(path: string, text = readFileSync(path, "utf8")): Sized[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: Sized[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      found.push({ where: `${relative(ROOT, path)}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const files = sourceFiles(SRC);

describe("sizes in src/", () => {
  it("finds the source files it measures", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join("core", "index.ts")))).toBe(true);
  });

  it(`no file is over ${MAX_FILE_LINES} lines (data aside)`, () => {
    const long = files
      .map((path) => ({
        where: relative(ROOT, path),
        lines: readFileSync(path, "utf8").split("\n").length,
      }))
      .filter((f) => !DATA_FILES.has(f.where.split("\\").join("/")) && f.lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files
      .flatMap((path) => functionsOf(path))
      .filter((f) => f.lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });

  it("measures a long function as long, inner functions and arrows too (the rule can fail)", () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES }, (_, i) => `    const a${i} = ${i};`);
    const text = `export function outer() {\n  const inner = () => {\n${body.join("\n")}\n  };\n}\n`;
    const sized = functionsOf(join(SRC, "probe.ts"), text);
    expect(sized.map((f) => f.where.split(" ")[1])).toEqual(["outer", "(anonymous)"]);
    expect(sized.every((f) => f.lines > MAX_FUNCTION_LINES)).toBe(true);
  });
});
