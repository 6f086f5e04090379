/**
 * The roll-up's records now live in a store (a summary per school in memory, the rest spilled):
 * its output must be what the roll-up that held everything in memory wrote (kept as
 * test/support/rollup-reference). The fixture schools, the two level fixtures and forty
 * generated schools (renamed codes matched by label, upper-case labels, a missing funding tab,
 * blanks), with a failure: every sheet, its size and every cell (value, format, judgement,
 * origin), the XLSX parts byte for byte, the draft and its Markdown — through the in-memory
 * store and through the command line's temporary-file store flushing every few records.
 */
import { existsSync } from "node:fs";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { benchSchool } from "../../../scripts/bench/support/schools.js";
import { TempFileStore } from "../../../src/cli/io/rollup-spill.js";
import {
  MemoryStore,
  type NamedGrid,
  RollupAccumulator,
  type RollupSheet,
  type RollupStore,
  rollupDraft,
  rollupPlan,
  templateGrids,
} from "../../../src/core/index.js";
import { archiveBytes, draftMarkdown } from "../../../src/writers/index.js";
import { SCHOOLS, schoolGrids } from "../../fixtures/schools/index.js";
import * as before from "../../support/rollup-reference/index.js";
import { fixtureSchools } from "./fixtures.js";

const MADE_AT = new Date(Date.UTC(2025, 4, 20, 3, 4, 5));
const NOTES = { madeAt: MADE_AT, version: "test" };

let inputs: { file: string; grids: NamedGrid[] }[];

beforeAll(async () => {
  const levels = await Promise.all(
    SCHOOLS.map(async (s) => ({ file: `${s.id}.xlsx`, grids: await schoolGrids(s.id) })),
  );
  const generated = Array.from({ length: 40 }, (_, n) => ({
    file: `don-vi-${n + 1}.xlsx`,
    grids: templateGrids(benchSchool(n, 12)),
  }));
  inputs = [...fixtureSchools(), ...levels, ...generated];
}, 60_000);

function fill<T extends { addWorkbook(f: string, g: readonly NamedGrid[]): unknown }>(acc: T): T {
  for (const s of inputs) acc.addWorkbook(s.file, s.grids);
  (acc as unknown as { addFailure(f: string, m: string): void }).addFailure("hong.xlsx", "hỏng");
  return acc;
}

/** A plan's sheets as plain data: every field, every row. */
function sheetsOf(plan: { sheets: readonly RollupSheet[] }) {
  return plan.sheets.map((s) => {
    const { rows, ...rest } = s;
    return { ...rest, rows: [...rows()] };
  });
}

function parts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([k, v]) => [k, Buffer.from(v).toString("utf8")]));
}

const stores: [string, () => RollupStore][] = [
  ["in memory", () => new MemoryStore()],
  ["in a temporary file", () => new TempFileStore(2_000)],
];

describe.each(stores)("the roll-up with its store %s", (_, makeStore) => {
  it("writes the same sheets, cells, XLSX parts and draft as before", async () => {
    const store = makeStore();
    try {
      const now = fill(new RollupAccumulator(store)).result();
      const old = fill(new before.RollupAccumulator()).result();
      expect(now.schools.map((s) => [s.file, s.name, s.errorCount, s.warningCount])).toEqual(
        old.schools.map((s) => [s.file, s.name, s.errorCount, s.warningCount]),
      );
      // The larger roll-up has renamed codes (matched by label) and mixed levels.
      expect(now.noteCounts.byLabel).toBeGreaterThan(10);
      const plan = rollupPlan(now, NOTES);
      const oldPlan = before.rollupPlan(old, NOTES);
      expect(plan.properties).toEqual(oldPlan.properties);
      expect(plan.totalRows).toBe(oldPlan.totalRows);
      const sheets = sheetsOf(plan);
      const oldSheets = sheetsOf(oldPlan);
      expect(sheets.map((s) => s.name)).toEqual(oldSheets.map((s) => s.name));
      sheets.forEach((s, k) => {
        expect(s.rows.length, s.name).toBe(s.rowCount);
        expect(s, s.name).toEqual(oldSheets[k]);
      });
      const a = parts(await archiveBytes(plan, { created: MADE_AT }));
      const b = parts(await archiveBytes(oldPlan, { created: MADE_AT }));
      expect([...a.keys()]).toEqual([...b.keys()]);
      for (const [name, text] of b) expect(a.get(name), name).toBe(text);
      const draft = rollupDraft(now, MADE_AT);
      expect(draft).toEqual(before.rollupDraft(old, MADE_AT));
      expect(draftMarkdown(draft, (id) => id)).toBe(
        draftMarkdown(before.rollupDraft(old, MADE_AT), (id) => id),
      );
    } finally {
      store.close();
    }
    if (store instanceof TempFileStore) expect(existsSync(store.directory)).toBe(false);
  }, 120_000);
});
