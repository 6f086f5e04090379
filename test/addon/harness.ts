/**
 * Loads the BUILT add-on (dist/addon/Code.js, as clasp would push it) into a fresh
 * `node:vm` context whose globals are the fakes, and hands back its top-level functions.
 * `npm test` builds first (pretest); when the file is missing it is built here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { analyse } from "../../src/core/judge/analyse.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { type FakeWorld, fakeWorld } from "./fakes/services.js";
import { type FakeSheet, FakeSpreadsheet } from "./fakes/spreadsheet.js";

export const CODE_FILE = join(import.meta.dirname, "../../dist/addon/Code.js");

let script: vm.Script | undefined;

async function compiled(): Promise<vm.Script> {
  if (!script) {
    if (!existsSync(CODE_FILE)) {
      const { buildAddon } = await import("../../scripts/build-addon.mjs");
      await buildAddon();
    }
    script = new vm.Script(readFileSync(CODE_FILE, "utf8"), { filename: "Code.js" });
  }
  return script;
}

export type AddonFunction = (...args: unknown[]) => unknown;

export interface Loaded extends FakeWorld {
  /** The script's global scope: its top-level functions by name. */
  readonly context: Record<string, unknown>;
  call(name: string, ...args: unknown[]): unknown;
}

export async function load(ss: FakeSpreadsheet = new FakeSpreadsheet()): Promise<Loaded> {
  const world = fakeWorld(ss);
  const context = vm.createContext({ ...world.globals });
  (await compiled()).runInContext(context);
  return {
    ...world,
    context,
    call(name, ...args) {
      const f = context[name];
      if (typeof f !== "function") throw new Error(`no top-level function ${name}`);
      return (f as AddonFunction)(...args);
    },
  };
}

/** Every tab of the fake as named grids, the way the core reads them. */
export function gridsOf(ss: FakeSpreadsheet): NamedGrid[] {
  return ss._sheets.map((s) => ({ name: s._name, values: s._grid() }));
}

export function analyseFake(ss: FakeSpreadsheet) {
  return analyse(gridsOf(ss));
}

export function sheet(ss: FakeSpreadsheet, name: string): FakeSheet {
  const found = ss._sheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Deep copy of every sheet's values, for before/after comparisons. */
export function valuesOf(ss: FakeSpreadsheet): Map<string, unknown[][]> {
  return new Map(ss._sheets.map((s) => [s._name, s._grid().map((r) => [...r])]));
}
