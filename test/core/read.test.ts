/**
 * Reading named grids: tabs, headers, codes and choices are found however they are typed;
 * columns may come in any order; nothing the user typed is dropped; and every problem names
 * a cell the user can find.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";
import { readWorkbook } from "../../src/core/workbook/read.js";
import { misplacedProblems } from "../support/cells.js";

const nfd = (s: string) => s.normalize("NFD");

const INFO: NamedGrid = {
  name: "Thông tin",
  values: [
    ["Mục", "Giá trị"],
    ["Tên chi bộ", "Chi bộ Trường Tiểu học Hoà Bình"],
    ["Các năm học", "2019-2020; 2020-2021"],
  ],
};

const HEADER = [
  "Mã",
  "Thuộc mã",
  "Nội dung chỉ tiêu",
  "Đơn vị",
  "Chỉ tiêu",
  "Kết quả 2019-2020",
  "Kết quả 2020-2021",
];

function indicators(header: CellValue[], ...rows: CellValue[][]): NamedGrid {
  return { name: "Chỉ tiêu", values: [header, ...rows] };
}

/** Problems of the given code, as "tab!cell". */
function where(problems: readonly { code: string; tab: string; cell: string }[], code: string) {
  return problems.filter((p) => p.code === code).map((p) => `${p.tab}!${p.cell}`);
}

describe("finding tabs, headers and codes", () => {
  it.each([
    ["NFD", nfd("Chỉ tiêu")],
    ["capitals and spaces", "  CHỈ  TIÊU "],
    ["NFD capitals", nfd("CHỈ TIÊU")],
  ])("finds the indicators tab written in %s", (_case, name) => {
    const grids = [
      INFO,
      { ...indicators(HEADER, ["NL1", "", "Đạt", "%", "99%", "99,3%", "99%"]), name },
    ];
    const { workbook, problems } = readWorkbook(grids);
    expect(workbook.indicators.map((i) => i.code)).toEqual(["NL1"]);
    expect(workbook.layouts.indicators?.name).toBe(name);
    expect(where(problems, "missing-tab")).not.toContain("Chỉ tiêu!");
    expect(misplacedProblems(grids, problems)).toEqual([]);
  });

  it("finds headers in NFD, capitals, with stray and non-breaking spaces, and aliases", () => {
    const header = [
      nfd("MÃ"),
      " thuộc\u00a0mã ",
      "Tên chỉ tiêu",
      nfd("đơn vị"),
      "CHỈ TIÊU ĐỀ RA",
      "KQ NH 2019 – 2020",
      nfd("Kết quả năm học 2020/2021"),
    ];
    const { workbook } = readWorkbook([
      INFO,
      indicators(header, ["A1", "", "x", "%", "90%", "91%", "92%"]),
    ]);
    const layout = workbook.layouts.indicators!;
    expect(layout.columns).toMatchObject({ code: 0, parent: 1, label: 2, unit: 3, target: 4 });
    expect(layout.yearColumns).toEqual([
      { schoolYear: "2019-2020", column: 5 },
      { schoolYear: "2020-2021", column: 6 },
    ]);
    expect(layout.unknownColumns).toEqual([]);
  });

  it.each([
    ["hoà / hòa", "HOÀ1", "hòa1"],
    ["uỷ / ủy", "Uỷ1", "ủy1"],
    ["thuỷ / thủy", "thuỷ", nfd("THỦY")],
    ["surrounding spaces", "NL1", " nl1 "],
  ])("treats codes differing only in %s as the same code", (_case, first, second) => {
    const grids = [
      INFO,
      indicators(
        HEADER,
        [first, "", "a", "%", "90%", "", ""],
        [second, "", "b", "%", "90%", "", ""],
      ),
    ];
    const { workbook, problems } = readWorkbook(grids);
    expect(workbook.indicators.map((i) => i.label)).toEqual(["a"]);
    expect(where(problems, "duplicate-code")).toEqual(["Chỉ tiêu!A3"]);
  });

  it("links a child to its parent whatever the tone placement of the code", () => {
    const { problems } = readWorkbook([
      INFO,
      indicators(
        HEADER,
        ["THUỶ", "", "Đạt", "%", "99%", "99%", "99%"],
        ["T2", "thủy", "Tốt", "%", "70%", "75%", "72%"],
      ),
    ]);
    expect(where(problems, "unknown-parent")).toEqual([]);
  });

  it("reports a parent code that does not exist, at the parent cell", () => {
    const { problems } = readWorkbook([
      INFO,
      indicators(HEADER, ["T2", "X9", "Tốt", "%", "70%", "", ""]),
    ]);
    expect(where(problems, "unknown-parent")).toEqual(["Chỉ tiêu!B2"]);
  });

  it("matches info keys with other tone placement: 'Cấp uỷ' is 'Cấp ủy'", () => {
    const info: NamedGrid = {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        [nfd("CẤP UỶ CẤP TRÊN"), "Đảng uỷ phường"],
      ],
    };
    const { workbook } = readWorkbook([info, indicators(HEADER)]);
    expect(workbook.info.values.superiorCommittee).toBe("Đảng uỷ phường");
    expect(workbook.info.cells.superiorCommittee).toBe("B2");
    expect(workbook.info.extra).toEqual([]);
  });

  it("matches choices with other tone placement, NFD and case", () => {
    const funding: NamedGrid = {
      name: "Kinh phí",
      values: [
        ["Nội dung", "Nguồn", "Số tiền"],
        ["Bàn ghế", nfd("XÃ HỘI HÓA"), "270.853.000"],
        ["Phòng học", "ngân sách nhà nước", "886.421.000 đ"],
      ],
    };
    const { workbook } = readWorkbook([INFO, indicators(HEADER), funding]);
    expect(workbook.funding.map((f) => [f.source, f.amount])).toEqual([
      ["social", 270853000],
      ["state", 886421000],
    ]);
  });
});

describe("columns and rows in unusual places", () => {
  const row = ["NL1", "", "Học sinh đạt", "%", "99%", "99,3%", "98%"];

  it("reads the same indicator whatever the column order", () => {
    const order = [6, 4, 0, 5, 2, 3, 1];
    const shuffled = indicators(
      order.map((i) => HEADER[i]!),
      order.map((i) => row[i]!),
    );
    const a = analyse([INFO, indicators(HEADER, row)]);
    const b = analyse([INFO, shuffled]);
    const pick = (x: typeof a) =>
      x.evaluation.indicators.map((v) => [
        v.indicator.code,
        v.indicator.target.text,
        v.years.map((y) => [y.schoolYear, y.figure.text, y.judgement]),
      ]);
    expect(pick(b)).toEqual([
      [
        "NL1",
        "99%",
        [
          ["2019-2020", "99,3%", "exceeded"],
          ["2020-2021", "98%", "notMet"],
        ],
      ],
    ]);
    expect(pick(a)).toEqual(pick(b));
    expect(b.evaluation.indicators[0]!.years[0]!.figure.cell).toBe("D2");
  });

  it("quotes number cells the way the sheet shows them", () => {
    const { workbook } = readWorkbook([
      INFO,
      indicators(
        HEADER,
        ["NL1", "", "Đạt", "%", 0.99, 0.993, 1],
        ["KP", "", "Tiền", "đồng", 1157274000, 270853000, ""],
      ),
    ]);
    const [nl1, kp] = workbook.indicators;
    expect([
      nl1!.target.text,
      nl1!.results["2019-2020"]!.text,
      nl1!.results["2020-2021"]!.text,
    ]).toEqual(["99%", "99,3%", "100%"]);
    expect([kp!.target.text, kp!.results["2019-2020"]!.text]).toEqual([
      "1.157.274.000",
      "270.853.000",
    ]);
  });

  it("keeps unknown columns in the layout and leaves them alone", () => {
    const grids = [
      INFO,
      indicators(
        [...HEADER, "Người phụ trách", "", "Minh chứng"],
        [...row, "Cô Lan", "", "Biên bản"],
      ),
    ];
    const { workbook } = readWorkbook(grids);
    expect(workbook.layouts.indicators?.unknownColumns).toEqual([
      { header: "Người phụ trách", column: 7 },
      { header: "Minh chứng", column: 9 },
    ]);
    expect(grids[1]!.values[1]).toEqual([...row, "Cô Lan", "", "Biên bản"]);
  });

  it("finds a header row below a title", () => {
    const grids = [INFO, indicators(["BẢNG CHỈ TIÊU NHIỆM KỲ 2020-2022"], [], HEADER, row)];
    const { workbook, problems } = readWorkbook(grids);
    expect(workbook.layouts.indicators?.headerRow).toBe(2);
    expect(
      workbook.indicators.map((i) => [i.code, i.codeCell, i.results["2019-2020"]?.cell]),
    ).toEqual([["NL1", "A4", "F4"]]);
    expect(misplacedProblems(grids, problems)).toEqual([]);
  });

  it("reports a missing required header at the header row", () => {
    const grids = [INFO, indicators(["Ghi chú", "Nội dung chỉ tiêu", "Chỉ tiêu"], ["", "x", "1"])];
    const { problems } = readWorkbook(grids);
    expect(where(problems, "missing-header")).toEqual(["Chỉ tiêu!A1"]);
    expect(misplacedProblems(grids, problems)).toEqual([]);
  });

  it("reports a duplicated column and uses the first", () => {
    const { workbook, problems } = readWorkbook([
      INFO,
      indicators([...HEADER, "Chỉ tiêu"], [...row, "50%"]),
    ]);
    expect(workbook.indicators[0]!.target.text).toBe("99%");
    expect(where(problems, "duplicate-header")).toEqual(["Chỉ tiêu!H1"]);
  });

  it("reports a row with content and no code", () => {
    const { problems } = readWorkbook([
      INFO,
      indicators(HEADER, ["", "", "Học sinh đạt", "%", "99%", "", ""]),
    ]);
    expect(where(problems, "missing-code")).toEqual(["Chỉ tiêu!A2"]);
  });
});

describe("workbook-level problems", () => {
  it("reports missing tabs: the indicators tab as an error, others as warnings", () => {
    const grids = [INFO];
    const { problems } = readWorkbook(grids);
    const missing = problems.filter((p) => p.code === "missing-tab");
    expect(missing.map((p) => [p.tab, p.severity])).toEqual([
      ["Chỉ tiêu", "error"],
      ["Giải thưởng", "warning"],
      ["Đảng viên", "warning"],
      ["Kinh phí", "warning"],
      ["Nội dung", "warning"],
    ]);
    expect(missing.every((p) => p.message.includes(p.tab))).toBe(true);
    expect(misplacedProblems(grids, problems)).toEqual([]);
  });

  it("reports result columns for years outside the term", () => {
    const grids = [
      INFO,
      indicators([...HEADER, "Kết quả 2023-2024"], ["NL1", "", "x", "%", "99%", "", "", "99%"]),
    ];
    const { workbook, problems } = readWorkbook(grids);
    expect(where(problems, "year-outside-term")).toEqual(["Chỉ tiêu!H1"]);
    expect(workbook.schoolYears).toEqual(["2019-2020", "2020-2021", "2023-2024"]);
  });

  it("reports award and funding rows of years outside the term", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Giải thưởng",
        values: [
          ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"],
          ["2019-2020", "Học sinh", "Huyện", "Giải Nhất", 2],
          ["2018-2019", "Học sinh", "Huyện", "Giải Nhì", 1],
        ],
      },
      {
        name: "Kinh phí",
        values: [
          ["Năm học", "Nội dung", "Số tiền"],
          ["NH 2024/2025", "Sửa mái", 1000000],
        ],
      },
    ];
    const { problems } = readWorkbook(grids);
    expect(where(problems, "year-outside-term")).toEqual(["Giải thưởng!A3", "Kinh phí!A2"]);
  });

  it("reports a bad school year in the info tab on that tab as the workbook names it", () => {
    const info: NamedGrid = {
      name: nfd("THÔNG TIN"),
      values: [
        ["Mục", "Giá trị"],
        ["Các năm học", "2019-2020; 2019-2021"],
      ],
    };
    const grids = [info, indicators(HEADER)];
    const { workbook, problems } = readWorkbook(grids);
    // 2020-2021 still comes from its result column, which is outside the stated term.
    expect(workbook.schoolYears).toEqual(["2019-2020", "2020-2021"]);
    expect(where(problems, "year-outside-term")).toEqual(["Chỉ tiêu!G1"]);
    expect(where(problems, "bad-school-year")).toEqual([`${info.name}!B2`]);
    expect(misplacedProblems(grids, problems)).toEqual([]);
  });

  it("reports members when official plus probationary is not the total", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Đảng viên",
        values: [
          ["Thời điểm", "Mục", "Giá trị"],
          ["10/2022", "Tổng số đảng viên", 17],
          ["10/2022", "Chính thức", "15 đồng chí"],
          ["10/2022", "Dự bị", 1],
          ["2020", "Tổng số", 16],
          ["2020", "Đảng viên chính thức", 15],
          ["2020", "Đảng viên dự bị", 1],
        ],
      },
    ];
    const a = analyse(grids);
    expect(where(a.problems, "members-dont-add")).toEqual(["Đảng viên!C2"]);
    expect(misplacedProblems(grids, a.problems)).toEqual([]);
  });

  it("counts a blank award count as one and an unreadable one as nothing", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Giải thưởng",
        values: [
          ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"],
          ["2020-2021", "Học sinh", "Huyện", "Giải Nhất", ""],
          ["2020-2021", "Học sinh", "Huyện", "Giải Nhì", "-2"],
          ["2020-2021", "Học sinh", "Huyện", "Giải Ba", "3 giải"],
        ],
      },
    ];
    const a = analyse(grids);
    expect(a.workbook.awards.map((x) => x.count)).toEqual([1, 0, 3]);
    expect(where(a.problems, "negative")).toEqual(["Giải thưởng!E3"]);
    expect(a.evaluation.awards.total).toBe(4);
  });

  it("uses the first filled row of an info key and reports a second one", () => {
    const info: NamedGrid = {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        ["Nhiệm kỳ", ""],
        ["Nhiệm kì", "2020-2022"],
        ["Các năm học", "2020-2021; 2021-2022"],
        ["NHIỆM KỲ", "2020-2025"],
      ],
    };
    const grids = [info, indicators(HEADER)];
    const { workbook, problems } = readWorkbook(grids);
    expect(workbook.info.values.term).toBe("2020-2022");
    expect(where(problems, "duplicate-info")).toEqual(["Thông tin!B5"]);
    expect(problems.find((p) => p.code === "duplicate-info")?.message).toContain("B3");
  });

  it("reads member counts, keeps ratings as text, and rejects impossible counts", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Đảng viên",
        values: [
          ["Thời điểm", "Mục", "Giá trị"],
          ["10/2022", "Tổng số đảng viên", "17 đồng chí"],
          ["2021", "Xếp loại chi bộ", "Hoàn thành tốt nhiệm vụ"],
          ["10/2022", "Đảng viên dự bị", -1],
          ["10/2022", "Trình độ đại học", "16,5"],
        ],
      },
    ];
    const a = analyse(grids);
    expect(a.workbook.members.map((m) => m.count)).toEqual([17, undefined, undefined, undefined]);
    expect(a.evaluation.membership.cellRatings).toEqual([
      { period: "2021", rating: "Hoàn thành tốt nhiệm vụ" },
    ]);
    expect(where(a.problems, "negative")).toEqual(["Đảng viên!C4"]);
    expect(where(a.problems, "not-integer")).toEqual(["Đảng viên!C5"]);
    expect(where(a.problems, "not-a-number")).toEqual([]);
  });

  it("reports a stated funding total that is not the sum of its lines", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Kinh phí",
        values: [
          ["Nhóm", "Nội dung", "Nguồn", "Số tiền (đồng)"],
          ["CSVC", "Bàn ghế", "Xã hội hoá", "270.853.000"],
          ["CSVC", "Phòng học", "Ngân sách", "886.421.000"],
          ["CSVC", "Tổng cộng", "", "1.157.274.001"],
          ["Khác", "Tổng", "", "5.000.000"],
          ["Khác", "Sách", "Khác", "5.000.000"],
        ],
      },
    ];
    const a = analyse(grids);
    expect(where(a.problems, "funding-total-mismatch")).toEqual(["Kinh phí!D4"]);
    expect(a.evaluation.funding.total).toBe(1162274000);
    expect(misplacedProblems(grids, a.problems)).toEqual([]);
  });

  it("checks a school year's stated funding total against that year's lines only", () => {
    const grids = [
      INFO,
      indicators(HEADER),
      {
        name: "Kinh phí",
        values: [
          ["Năm học", "Nhóm", "Nội dung", "Nguồn", "Số tiền (đồng)"],
          ["2019-2020", "Địa phương", "Hỗ trợ", "Địa phương", "10.000.000"],
          ["2019-2020", "Địa phương", "Tổng cộng", "", "11.000.000"],
          ["2020-2021", "Địa phương", "Hỗ trợ", "Địa phương", "12.000.000"],
          ["2020-2021", "Địa phương", "Tổng cộng", "", "12.000.000"],
        ],
      },
    ];
    const a = analyse(grids);
    expect(where(a.problems, "funding-total-mismatch")).toEqual(["Kinh phí!E3"]);
    expect(a.evaluation.funding.total).toBe(22000000);
  });

  it("reports a 'trong đó' share above its parent, in the child's cell", () => {
    const grids = [
      INFO,
      indicators(
        HEADER,
        ["NL2", "NL1", "Tốt", "%", "70%", "99,5%", "72%"],
        ["NL1", "", "Đạt", "%", "99%", "99,3%", "99%"],
      ),
    ];
    const a = analyse(grids);
    expect(where(a.problems, "child-above-parent")).toEqual(["Chỉ tiêu!F2"]);
    expect(misplacedProblems(grids, a.problems)).toEqual([]);
  });

  it("names a real cell for every problem of a messy workbook", () => {
    const grids: NamedGrid[] = [
      {
        name: "thông tin",
        values: [
          ["Mục", "Giá trị"],
          ["Các năm học", "2019-2021"],
          ["Ngày báo cáo", "32/13/2022"],
        ],
      },
      indicators(
        [...HEADER, "Loại chỉ tiêu", "Nguồn số liệu"],
        ["A", "Z", "x", "%", "150%", "#N/A", "abc", "Bằng", ""],
        ["A", "", "y", "%", "99%", "", "", "", "Giải thưởng: sao Hoả"],
        ["", "", "z", "%", "", "", "", "", ""],
        [
          "B",
          "",
          "",
          "thứ",
          "Năm sau cao hơn năm trước",
          "13",
          "-2",
          "Định tính",
          "Giải thưởng: Học sinh",
        ],
      ),
      {
        name: "Giải thưởng",
        values: [
          ["Đối tượng", "Số lượng", "Năm học"],
          ["Học sinh", "-1", "2019"],
          ["", 2.5, ""],
        ],
      },
      {
        name: "Đảng viên",
        values: [
          ["Mục", "Giá trị"],
          ["Tổng số", 3],
        ],
      },
      { name: "Kinh phí", values: [["Nội dung"], ["Tổng cộng"]] },
      { name: "Nội dung", values: [] },
    ];
    const a = analyse(grids);
    expect(a.problems.length).toBeGreaterThan(10);
    expect(misplacedProblems(grids, a.problems)).toEqual([]);
  });
});
