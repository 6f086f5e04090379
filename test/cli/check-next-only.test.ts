/**
 * The check table (issue 8): a row that holds only a next-term target is listed as a target
 * of the next term, not as "… | … | … Không đặt chỉ tiêu".
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/cli/commands/check.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";

const NEXT_ONLY = {
  code: "MN1",
  section: "Chất lượng giáo dục toàn diện",
  label: "Học sinh được học 2 buổi/ngày",
  unit: "%",
  nextTarget: "100%",
};

describe("tongket check: rows with only a next-term target", () => {
  const rows = [...(SAMPLE.rows.indicators ?? []), NEXT_ONLY];
  const text = checkText(
    "x.xlsx",
    analyse(templateGrids({ ...SAMPLE, rows: { ...SAMPLE.rows, indicators: rows } })),
  );
  const lines = text.split("\n");

  it("are listed under the next term, with their target", () => {
    const heading = lines.findIndex((l) => l.startsWith("Chỉ tiêu nhiệm kỳ tới"));
    expect(heading).toBeGreaterThan(0);
    const row = lines.slice(heading + 1).find((l) => l.includes("MN1"))!;
    expect(row).toMatch(/^ {2}MN1 +Học sinh được học 2 buổi\/ngày +100%$/);
  });

  it("are not judged with a row of blanks", () => {
    const judged = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith("Chỉ tiêu nhiệm kỳ tới")),
    );
    expect(judged.some((l) => l.includes("MN1"))).toBe(false);
    expect(text).not.toMatch(/MN1.*Không đặt chỉ tiêu/);
  });

  it("a row with a target or a result is still judged in the table", () => {
    const judged = lines.slice(
      0,
      lines.findIndex((l) => l.startsWith("Chỉ tiêu nhiệm kỳ tới")),
    );
    expect(judged.some((l) => l.startsWith("  NL1 "))).toBe(true);
  });
});
