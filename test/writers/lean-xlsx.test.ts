/**
 * The roll-up bench writes its thousand workbooks as bare XLSX files (scripts/bench/support/
 * lean-xlsx.ts), not with the template writer: read back, each must give the school the same
 * record (every figure, cell, judgement, tally and problem) as the template writer's file.
 */
import { describe, expect, it } from "vitest";
import { leanXlsx } from "../../scripts/bench/support/lean-xlsx.js";
import { benchSchool } from "../../scripts/bench/support/schools.js";
import { analyse, reduceSchool, templateGrids } from "../../src/core/index.js";
import { readXlsxBytes, templateBytes } from "../../src/writers/index.js";

describe("the roll-up bench's bare workbooks", () => {
  // School 7 numbers its own codes, 3 has upper-case labels, 11 has no funding lines.
  it.each([0, 3, 7, 11])(
    "school %i reads as the template writer's file does",
    async (n) => {
      const data = benchSchool(n, 12);
      const lean = await readXlsxBytes(leanXlsx(templateGrids(data)), "lean.xlsx");
      const full = await readXlsxBytes(await templateBytes(data), "full.xlsx");
      const record = reduceSchool("x.xlsx", analyse(lean));
      expect(record.indicators).toHaveLength(12);
      expect(record).toEqual(reduceSchool("x.xlsx", analyse(full)));
    },
    60_000,
  );
});
