import { describe, expect, it } from "vitest";
import { formatMeasure, formatMoney } from "../../src/core/workbook/format.js";
import { parseMeasure, type UnitKind } from "../../src/core/workbook/parse.js";

describe("figures written back the way a report writes them", () => {
  it.each<[string, UnitKind, string]>([
    ["thứ 9", "rank", "thứ 9"],
    ["thứ 10 trở lên", "rank", "thứ 10 trở lên"],
    ["tối đa thứ 10", "rank", "thứ 10 trở lên"],
    ["Tốp 10", "rank", "thứ 10 trở lên"],
    ["dưới 1%", "percent", "dưới 1%"],
    ["tối đa 5%", "percent", "tối đa 5%"],
    ["trên 80%", "percent", "trên 80%"],
    ["≥ 80%", "percent", "từ 80% trở lên"],
    ["99,2 - 100%", "percent", "từ 99,2% trở lên"],
    ["62,5% (15/24)", "percent", "62,5% (15/24)"],
    ["10-20", "count", "10–20"],
  ])("%s (%s) → %s", (typed, unit, shown) => {
    expect(formatMeasure(parseMeasure(typed, unit).value)).toBe(shown);
  });

  it("writes money in đồng with dot thousands", () => {
    expect(formatMoney(1_157_274_000)).toBe("1.157.274.000 đồng");
  });
});
