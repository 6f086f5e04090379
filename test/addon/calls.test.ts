/**
 * The "one read per tab, few writes" rule, measured: call counts do not grow with rows. Compute
 * writes changed rectangles only (test/addon/writes.test.ts), so its count can differ by a
 * call or two with the data (where the bold title rows of the summary fall), never per row.
 */
import { describe, expect, it } from "vitest";
import { countCalls } from "../../scripts/bench/addon.js";

describe("service calls", () => {
  it("are the same for 10 and 500 indicator rows, for every action", async () => {
    const small = await countCalls(10);
    const large = await countCalls(500);
    expect(Object.keys(small)).toContain("computeResults");
    expect(Object.keys(large)).toEqual(Object.keys(small));
    for (const action of Object.keys(small)) {
      expect(large[action]!.reads, action).toBe(small[action]!.reads);
      expect(Math.abs(large[action]!.writes - small[action]!.writes), action).toBeLessThanOrEqual(
        2,
      );
    }
    // Compute reads each of the six tabs once, and the summary's values, formats and weights.
    expect(small.computeResults!.reads).toBe(10);
    // "Cập nhật tất cả" is compute, format and charts, the charts drawn from compute's
    // reading of the six tabs (so six reads fewer than the three actions one by one).
    expect(Object.keys(small)).toContain("updateAll");
    expect(small.updateAll!.reads).toBe(
      small.computeResults!.reads + small.formatSheet!.reads + small.drawCharts!.reads - 6,
    );
    // The dialogs read every tab once (the six, and Biểu đồ drawn before them; Tổng hợp is
    // rebuilt by the archive, so not read), write nothing, and open one dialog.
    for (const action of ["makeDraft", "exportArchive", "makeGoogleDoc"]) {
      expect(small[action]!.reads, action).toBe(7);
      expect(small[action]!.writes, action).toBe(0);
      expect(large[action]!.total, action).toBe(small[action]!.total);
    }
    // A second run of any writing action over an unchanged sheet writes nothing (issue 13).
    const again = Object.keys(small).filter((a) => a.endsWith("(again)"));
    expect(again).toHaveLength(5);
    for (const action of again) {
      for (const counts of [small, large]) {
        expect([action, counts[action]!.writes, counts[action]!.cells]).toEqual([action, 0, 0]);
      }
    }
  });
});
