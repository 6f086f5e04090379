/**
 * The indicator bullets grow linearly with the indicators (issue 13's growth bench found the
 * drafts' knee between 50 000 and 100 000: each row searched the groups made so far). Counted,
 * not timed: how often the bullets read an indicator's group, on a sheet whose groups grow
 * with its rows.
 */
import { describe, expect, it } from "vitest";
import { bigWorkbook } from "../../../scripts/bench/support/workbooks.js";
import { analyse } from "../../../src/core/judge/analyse.js";
import type { IndicatorVerdict } from "../../../src/core/judge/evaluate.js";
import { Outline } from "../../../src/core/outputs/draft/outline.js";
import { indicatorBullets } from "../../../src/core/outputs/draft/parts/indicators.js";
import { templateGrids } from "../../../src/core/workbook/template.js";

function groupReads(n: number): { reads: number; groups: number; bullets: number } {
  const a = analyse(templateGrids(bigWorkbook(n)));
  let reads = 0;
  const counted = a.evaluation.indicators.map(
    (v): IndicatorVerdict => ({
      ...v,
      indicator: new Proxy(v.indicator, {
        get(target, p, receiver) {
          if (p === "group") reads++;
          return Reflect.get(target, p, receiver);
        },
      }),
    }),
  );
  const groups = new Set(a.evaluation.indicators.map((v) => v.indicator.group)).size;
  const o = new Outline();
  indicatorBullets(o, { tab: "Chỉ tiêu", schoolYears: a.workbook.schoolYears }, counted);
  return { reads, groups, bullets: o.blocks.length };
}

describe("indicator bullets at scale", () => {
  it("read each indicator's group a bounded number of times, whatever the number of groups", () => {
    const small = groupReads(430);
    const large = groupReads(4300);
    // The sheets' groups grow with their rows, so a search through them would be quadratic.
    expect(large.groups).toBeGreaterThan(5 * small.groups);
    expect(large.bullets).toBeGreaterThan(5 * small.bullets);
    expect(large.reads).toBeLessThanOrEqual(3 * 4300);
    expect(large.reads / 4300).toBeLessThanOrEqual((small.reads / 430) * 1.1);
  });
});
