/**
 * Silently accepted once (issue 14): a row that is its own parent, and a parent cycle
 * (PH1 ↔ PH2), are each an error at the row's code cell.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";

const INFO: NamedGrid = {
  name: "Thông tin",
  values: [
    ["Mục", "Giá trị"],
    ["Tên chi bộ", "Chi bộ X"],
    ["Các năm học", "2019-2020"],
  ],
};
const HEADER = ["Mã", "Thuộc mã", "Nội dung chỉ tiêu", "Đơn vị", "Chỉ tiêu", "Kết quả 2019-2020"];

function cycles(...rows: string[][]) {
  const a = analyse([INFO, { name: "Chỉ tiêu", values: [HEADER, ...rows] }]);
  return a.problems.filter((p) => p.code === "parent-cycle");
}

describe("parents that go round", () => {
  it.each([
    ["a row that is its own parent", [["S1", "S1", "Tốt", "%", "80%", "80%"]], ["A2"]],
    [
      "PH1 ↔ PH2",
      [
        ["PH1", "PH2", "Đạt", "%", "80%", "80%"],
        ["PH2", "ph1", "Tốt", "%", "80%", "80%"],
      ],
      ["A2", "A3"],
    ],
    [
      "a cycle of three, and a row hanging off it",
      [
        ["A", "B", "a", "%", "1%", "1%"],
        ["B", "C", "b", "%", "1%", "1%"],
        ["C", "A", "c", "%", "1%", "1%"],
        ["D", "A", "d", "%", "1%", "1%"],
      ],
      ["A2", "A3", "A4"],
    ],
    [
      "a plain parent is no problem",
      [
        ["NL1", "", "Đạt", "%", "99%", "99%"],
        ["NL2", "NL1", "Tốt", "%", "70%", "78%"],
      ],
      [],
    ],
  ])("%s", (_name, rows, cells) => {
    const found = cycles(...rows);
    expect(found.map((p) => `${p.tab}!${p.cell}`)).toEqual(cells.map((c) => `Chỉ tiêu!${c}`));
    for (const p of found) expect(p.severity).toBe("error");
  });

  it("names the chain", () => {
    const [p] = cycles(
      ["PH1", "PH2", "Đạt", "%", "80%", "80%"],
      ["PH2", "PH1", "Tốt", "%", "80%", "80%"],
    );
    expect(p!.message).toContain("PH1 → PH2 → PH1");
  });
});
