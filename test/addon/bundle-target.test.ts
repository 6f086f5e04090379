/**
 * The add-on bundle is ES2019 (scripts/build-addon.mjs): esbuild lowers newer syntax, but not
 * built-ins. Google documents no ECMAScript edition for Apps Script's V8 runtime, so the bundle
 * calls nothing added after ES2019; this test fails when core or add-on code starts to.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE_FILE, load } from "./harness.js";

/** Built-ins newer than ES2019, with the edition that added them. */
const NEWER_BUILT_INS: readonly [name: string, edition: string, pattern: RegExp][] = [
  ["String.prototype.matchAll", "ES2020", /\.matchAll\(/],
  ["Promise.allSettled", "ES2020", /\.allSettled\(/],
  ["BigInt", "ES2020", /\bBigInt\(/],
  ["globalThis", "ES2020", /\bglobalThis\b/],
  ["String.prototype.replaceAll", "ES2021", /\.replaceAll\(/],
  ["Promise.any", "ES2021", /\bPromise\.any\(/],
  ["WeakRef", "ES2021", /\bnew WeakRef\(/],
  ["Object.hasOwn", "ES2022", /\bObject\.hasOwn\(/],
  ["Array.prototype.at", "ES2022", /\.at\(-?\d|\.at\(\w+\s*-/],
  ["Error cause", "ES2022", /new Error\([^)]*,\s*\{\s*cause\b/],
  ["Array.prototype.findLast", "ES2023", /\.findLast(Index)?\(/],
  ["Array.prototype.toSorted", "ES2023", /\.(toSorted|toReversed|toSpliced)\(/],
  ["Object.groupBy", "ES2024", /\b(Object|Map)\.groupBy\(/],
  ["structuredClone", "HTML", /\bstructuredClone\(/],
];

function newerBuiltIns(code: string): string[] {
  return NEWER_BUILT_INS.filter(([, , re]) => re.test(code)).map(([n, e]) => `${n} (${e})`);
}

describe("the add-on bundle", () => {
  it("calls no built-in newer than ES2019", async () => {
    await load();
    expect(newerBuiltIns(readFileSync(CODE_FILE, "utf8"))).toEqual([]);
  });

  it.each([
    ["Object.hasOwn(x, k)", "Object.hasOwn (ES2022)"],
    ["for (const m of s.matchAll(re))", "String.prototype.matchAll (ES2020)"],
    ["xs.at(-1)", "Array.prototype.at (ES2022)"],
    ["s.replaceAll('a', 'b')", "String.prototype.replaceAll (ES2021)"],
  ])("would notice %s", (code, found) => {
    expect(newerBuiltIns(code)).toEqual([found]);
  });
});
