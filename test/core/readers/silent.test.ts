/**
 * What the readers once accepted without a word (issue 14): each is now a problem at its cell,
 * in Vietnamese, and no figure is dropped or changed silently. Rows are the cases the bad-input
 * campaign found.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NamedGrid } from "../../../src/core/workbook/model.js";
import {
  type CellValue,
  parseInteger,
  parseMeasure,
  parseMoney,
  type UnitKind,
} from "../../../src/core/workbook/parse.js";
import { readWorkbook } from "../../../src/core/workbook/read.js";
import { serialToDate } from "../../../src/writers/xlsx/reader/sheet.js";

const INFO: NamedGrid = {
  name: "Thông tin",
  values: [
    ["Mục", "Giá trị"],
    ["Tên chi bộ", "Chi bộ Trường Tiểu học Hoà Bình"],
    ["Các năm học", "2019-2020; 2020-2021"],
  ],
};

const HEADER = ["Mã", "Nội dung chỉ tiêu", "Đơn vị", "Chỉ tiêu", "Kết quả 2019-2020"];

function indicators(name: string, header: CellValue[], ...rows: CellValue[][]): NamedGrid {
  return { name, values: [header, ...rows] };
}

function where(problems: readonly { code: string; tab: string; cell: string }[], code: string) {
  return problems.filter((p) => p.code === code).map((p) => `${p.tab}!${p.cell}`);
}

describe("a second tab that matches a tab of the template", () => {
  it.each([
    ["Chỉ tiêu", "CHỈ TIÊU "],
    ["Chỉ tiêu", "Chỉ tiêu".normalize("NFD")],
    ["Giải thưởng", "giải thưởng"],
  ])("%s and %s: the second is named, not ignored silently", (first, second) => {
    const grids = [
      INFO,
      indicators("Chỉ tiêu", HEADER, ["A1", "Đạt", "%", "99%", "99%"]),
      { name: first === "Chỉ tiêu" ? second : first, values: [["Năm học"]] },
      ...(first === "Chỉ tiêu" ? [] : [{ name: second, values: [["Năm học"]] }]),
    ];
    const { problems } = readWorkbook(grids);
    const found = problems.filter((p) => p.code === "duplicate-tab");
    expect(found.map((p) => p.tab)).toEqual([second]);
    expect(found[0]!.cell).toBe("");
    expect(found[0]!.message).toContain("trùng tên");
  });
});

describe("a result header that is not a school year", () => {
  it.each([
    ["Kết quả 0000-0001", "F1"],
    ["Kết quả 2019-2021", "F1"],
    ["KQ 2021-2020", "F1"],
    ["Kết quả năm học 2019/2019", "F1"],
  ])("%s is reported at %s and its figures are not dropped silently", (header, cell) => {
    const grids = [
      INFO,
      indicators("Chỉ tiêu", [...HEADER, header], ["A1", "Đạt", "%", "99%", "99%", "98%"]),
    ];
    const { problems } = readWorkbook(grids);
    expect(where(problems, "bad-year-header")).toEqual([`Chỉ tiêu!${cell}`]);
    const p = problems.find((x) => x.code === "bad-year-header")!;
    expect(p.severity).toBe("error");
    expect(p.message).toContain(header);
    expect(p.message).toContain("năm học");
  });

  it("a well-formed year header is no problem", () => {
    const grids = [INFO, indicators("Chỉ tiêu", [...HEADER, "Kết quả 2020-2021"])];
    expect(where(readWorkbook(grids).problems, "bad-year-header")).toEqual([]);
  });
});

describe("money with a part of a đồng", () => {
  it.each([
    ["1.157.274.000,5", 1157274001],
    ["1,157,274,000.5", 1157274001],
    [1157274000.4, 1157274000],
    ["0,5 đồng", 1],
  ])("%s is a warning that says it was rounded", (raw, rounded) => {
    const parsed = parseMoney(raw);
    expect(parsed.value).toBe(rounded);
    expect(parsed.issue?.code).toBe("money-fraction");
    expect(parsed.issue?.severity).toBe("warning");
  });

  it.each(["1.157.274.000", "1,2 tỷ", "10 triệu đồng", 30000000])("%s is whole đồng", (raw) => {
    expect(parseMoney(raw).issue).toBeUndefined();
  });

  it("is reported at its cell in Kinh phí", () => {
    const grids = [
      INFO,
      indicators("Chỉ tiêu", HEADER),
      {
        name: "Kinh phí",
        values: [
          ["Năm học", "Nội dung", "Nguồn", "Số tiền (đồng)"],
          ["2019-2020", "Sửa chữa", "Ngân sách nhà nước", "1.157.274.000,5"],
        ],
      },
    ];
    expect(where(readWorkbook(grids).problems, "money-fraction")).toEqual(["Kinh phí!D2"]);
  });
});

describe("absurd magnitudes", () => {
  it.each([
    ["award count 1e308", () => parseInteger(1e308)],
    ["award count typed 1e20", () => parseInteger("100000000000000000000")],
    ["amount 1.7e308", () => parseMoney(1.7e308)],
    ["amount typed in words", () => parseMoney("1000000000 tỷ")],
    ["count figure 1e308", () => parseMeasure(1e308, "count")],
    ["money figure of 309 digits", () => parseMeasure(`17${"0".repeat(307)}`, "money")],
    ["count figure past a double", () => parseMeasure(`1${"0".repeat(400)}`, "count")],
    ["amount past a double", () => parseMoney(`1${"0".repeat(400)}`)],
    [
      "fraction of huge parts",
      () => parseMeasure(`${"9".repeat(300)}/${"9".repeat(301)}`, "percent"),
    ],
    ["range up to 1e300", () => parseMeasure(`0-${"9".repeat(300)}`, "count")],
  ])("%s is an error, not a figure", (_case, parse) => {
    const parsed = parse();
    expect(parsed.value).toBeNull();
    expect(parsed.issue?.code).toBe("too-large");
    expect(parsed.issue?.severity).toBe("error");
  });

  it("an award count of 1e308 is an error at its cell and counts nothing", () => {
    const grids = [
      INFO,
      indicators("Chỉ tiêu", HEADER),
      {
        name: "Giải thưởng",
        values: [
          ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"],
          ["2019-2020", "Học sinh", "Huyện", "Giải Nhất", 1e308],
        ],
      },
    ];
    const { workbook, problems } = readWorkbook(grids);
    expect(where(problems, "too-large")).toEqual(["Giải thưởng!E2"]);
    expect(workbook.awards[0]!.count).toBe(0);
  });

  const units: UnitKind[] = ["percent", "money", "rank", "count", "level"];
  it("no parse ever gives a number that is not finite", () => {
    const cell = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(1e308, -1e308, 1.7e308, Number.MAX_VALUE, 1e16),
      fc.string(),
      fc.stringMatching(/^[0-9.,e+ -]{1,40}( (tỷ|triệu|%|đồng))?$/),
    );
    fc.assert(
      fc.property(cell, fc.constantFrom(...units), (raw, unit) => {
        const numbers: unknown[] = [parseMoney(raw).value, parseInteger(raw).value];
        const m = parseMeasure(raw, unit).value;
        if (m?.kind === "amount") numbers.push(m.low, m.high);
        for (const n of numbers) {
          if (typeof n === "number") {
            expect(Number.isFinite(n)).toBe(true);
            expect(Math.abs(n)).toBeLessThanOrEqual(1e15);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a date beyond what a date can hold", () => {
  it("a Date cell that is not a valid date is an error at its cell, not a blank", () => {
    const grids = [
      {
        name: "Thông tin",
        values: [
          ["Mục", "Giá trị"],
          ["Các năm học", "2019-2020"],
          ["Ngày báo cáo", new Date(Number.NaN)],
        ],
      },
      indicators("Chỉ tiêu", HEADER),
    ];
    const { problems } = readWorkbook(grids);
    expect(where(problems, "bad-date")).toEqual(["Thông tin!B3"]);
  });

  it.each([
    [3e9, false],
    [1e12, true],
  ])("a date-formatted serial of %s days reaches the readers as that number", (serial, d1904) => {
    expect(serialToDate(serial, d1904)).toBe(serial);
    const grids = [
      {
        name: "Thông tin",
        values: [
          ["Mục", "Giá trị"],
          ["Các năm học", "2019-2020"],
          ["Ngày báo cáo", serialToDate(serial, d1904)],
        ],
      },
      indicators("Chỉ tiêu", HEADER),
    ];
    expect(where(readWorkbook(grids).problems, "bad-date")).toEqual(["Thông tin!B3"]);
  });
});

describe("a target that states nothing a result can be judged by", () => {
  it.each([
    ["100%-99%", "percent", "reversed-range"],
    ["100-99%", "percent", "reversed-range"],
    ["20-15 giải", "count", "reversed-range"],
    ["thứ 0", "rank", "rank-zero"],
    ["thứ 0 trở lên", "percent", "rank-zero"],
    [0, "rank", "rank-zero"],
  ] as const)("%s (%s row) is an error, not a figure", (raw, unit, code) => {
    const parsed = parseMeasure(raw, unit as UnitKind);
    expect(parsed.value).toBeNull();
    expect(parsed.issue?.code).toBe(code);
    expect(parsed.issue?.severity).toBe("error");
    expect(parsed.issue?.message).toContain(String(raw));
  });

  it.each([
    ["99%-100%", "percent"],
    ["15-20 giải", "count"],
    ["thứ 1", "rank"],
    ["thứ 10 trở lên", "rank"],
    [0, "count"],
  ] as const)("%s (%s row) is still a figure", (raw, unit) => {
    const parsed = parseMeasure(raw, unit as UnitKind);
    expect(parsed.issue).toBeUndefined();
    expect(parsed.value).not.toBeNull();
  });

  it("is reported at its cell in Chỉ tiêu", () => {
    const grids = [
      INFO,
      indicators("Chỉ tiêu", HEADER, [
        "CL1",
        "Tỉ lệ học sinh hoàn thành chương trình",
        "%",
        "100%-99%",
        "99,6%",
      ]),
    ];
    const problems = readWorkbook(grids).problems;
    expect(where(problems, "reversed-range")).toEqual(["Chỉ tiêu!D2"]);
  });
});
