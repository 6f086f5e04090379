/**
 * Issue 11: "never all kept in memory as parsed models — peak RSS must stay flat as the number
 * of files grows". Measured on the heap, not the clock: in a process of its own, schools are
 * rolled up from 40 to 190, and the heap held after a full GC per added school is compared —
 * once read, and at most while every row of the output is produced — with the roll-up that
 * held every record in memory (test/support/rollup-reference). Heap after a full GC does not
 * depend on how loaded the machine is.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const CHILD = "test/support/rollup-memory-child.ts";

function held(mode: "now" | "before"): { readingKb: number; writingKb: number } {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", CHILD, mode, "40", "190", "30"],
    { encoding: "utf8" },
  );
  return JSON.parse(out.trim());
}

describe("the roll-up's memory per school", () => {
  it("is a small summary: the indicators, tallies and problems are in the store", () => {
    const now = held("now");
    const before = held("before");
    // Before: ~30 KB per school of 30 indicators × 5 years once read, ~40 KB while writing.
    expect(before.readingKb).toBeGreaterThan(20);
    // Now: the summary and the store's index (~5 KB), whatever the indicators.
    expect(now.readingKb).toBeLessThan(12);
    expect(now.writingKb).toBeLessThan(15);
    expect(now.readingKb).toBeLessThan(before.readingKb / 3);
    expect(now.writingKb).toBeLessThan(before.writingKb / 3);
  }, 300_000);
});
