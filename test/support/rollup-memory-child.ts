/**
 * Run by test/core/rollup/memory.test.ts in a process of its own (`node --expose-gc --import
 * tsx`): generated schools rolled up one at a time, then every row of the roll-up's sheets
 * produced, and the heap held after a full GC measured per school added past the first ones.
 * `now` is today's roll-up with the command line's temporary-file store; `before` the roll-up
 * that held every record in memory (test/support/rollup-reference).
 * Prints {"readingKb": …, "writingKb": …}: heap held per school added between `mid` and
 * `total` schools, once read, and at most while the sheets' rows were produced.
 */
import { benchSchool } from "../../scripts/bench/support/schools.js";
import { TempFileStore } from "../../src/cli/io/rollup-spill.js";
import { RollupAccumulator, rollupPlan, templateGrids } from "../../src/core/index.js";
import * as before from "./rollup-reference/index.js";

const [mode, mid, total, indicators] = process.argv
  .slice(2)
  .map((a, k) => (k === 0 ? a : Number(a))) as [string, number, number, number];
const gc = (globalThis as { gc?: () => void }).gc!;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

const store = new TempFileStore(50_000);
const acc = mode === "now" ? new RollupAccumulator(store) : new before.RollupAccumulator();

/** Every row of the roll-up as it stands; the most heap held while they were produced. */
function writeAll(): number {
  const notes = { madeAt: new Date(0), version: "t" };
  const plan =
    acc instanceof RollupAccumulator
      ? rollupPlan(acc.result(), notes)
      : before.rollupPlan(acc.result(), notes);
  let most = 0;
  for (const sheet of plan.sheets) {
    for (const _ of sheet.rows()) most = Math.max(most, 0);
    most = Math.max(most, heap());
  }
  return most;
}

let n = 0;
const addUpTo = (count: number) => {
  for (; n < count; n++) {
    acc.addWorkbook(`don-vi-${n + 1}.xlsx`, templateGrids(benchSchool(n, indicators)));
  }
};
// Held at `mid` schools and at `total`, after writing the roll-up of each (which warms the
// code and caches both measures share): the difference is what the added schools hold.
addUpTo(mid);
const writingMid = writeAll();
const readingMid = heap();
addUpTo(total);
const readingEnd = heap();
const writingEnd = writeAll();
store.close();
const kb = (bytes: number) => bytes / (total - mid) / 1024;
process.stdout.write(
  `${JSON.stringify({ readingKb: kb(readingEnd - readingMid), writingKb: kb(writingEnd - writingMid) })}\n`,
);
