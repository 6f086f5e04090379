import { describe, expect, it } from "vitest";
import { a1, columnLetter, matchKey, parseA1 } from "../../src/core/base/text.js";

describe("matchKey", () => {
  it.each([
    ["Hoà Bình", "Hòa Bình"],
    ["Đảng uỷ", "Đảng ủy"],
    ["Thuỷ", "Thủy"],
    ["Chỉ tiêu".normalize("NFD"), "Chỉ tiêu"],
    ["  CHỈ   TIÊU ", "chỉ tiêu"],
    ["Giải\u00a0thưởng", "Giải thưởng"],
    ["Đảng viên:", "Đảng viên"],
  ])("%s matches %s", (a, b) => {
    expect(matchKey(a)).toBe(matchKey(b));
  });

  it.each([
    ["Đạt", "Đất"],
    ["Mục", "Mức"],
    ["Chỉ tiêu", "Chỉ tiêu nhiệm kỳ tới"],
  ])("%s differs from %s", (a, b) => {
    expect(matchKey(a)).not.toBe(matchKey(b));
  });
});

describe("A1 addresses", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %i is %s", (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(parseA1(`${letters}1`)).toEqual({ row: 0, column: i });
  });
  it("formats row and column", () => {
    expect(a1(11, 1)).toBe("B12");
    expect(parseA1("b12")).toBeUndefined();
  });
});
