/** The "one read and one write per tab" rule, measured: call counts do not grow with rows. */
import { describe, expect, it } from "vitest";
import { countCalls } from "../../scripts/bench/addon.js";

describe("service calls", () => {
  it("are the same for 10 and 500 indicator rows, for every action", async () => {
    const small = await countCalls(10);
    const large = await countCalls(500);
    expect(Object.keys(small)).toContain("computeResults");
    expect(large).toEqual(small);
    // Compute reads each of the six tabs once and writes two tabs' values once each.
    expect(small.computeResults!.reads).toBe(6);
    expect(small["setUpSheet (again)"]!.writes).toBe(0);
  });
});
