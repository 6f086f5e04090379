/**
 * Target time scopes, as a school writes them: the "Phạm vi thời gian" column, or the words of
 * the label or the target ("trong nhiệm kỳ", "đến cuối nhiệm kỳ", "bình quân"), and the
 * judgement each scope gives, for each kind of target. Every row goes through the whole core
 * (grids → read → evaluate), over a five-year term.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import type { Judgement } from "../../src/core/judge/evaluate.js";
import { SCOPE_LABELS } from "../../src/core/vocabulary/vi.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { tabDef } from "../../src/core/workbook/schema.js";
import { templateColumns, templateGrids } from "../../src/core/workbook/template.js";

const YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

interface Row {
  label: string;
  unit?: string;
  kind?: string;
  target: CellValue;
  results: CellValue[];
  term?: CellValue;
  scope?: CellValue;
}

/** One indicator row; the scope column comes first here (columns are found by header). */
function grids(row: Row, scopeHeader = "Phạm vi thời gian"): NamedGrid[] {
  return [
    {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        ["Các năm học", YEARS.join("; ")],
      ],
    },
    {
      name: "Chỉ tiêu",
      values: [
        [
          scopeHeader,
          "Mã",
          "Nội dung chỉ tiêu",
          "Đơn vị",
          "Loại chỉ tiêu",
          "Chỉ tiêu",
          ...YEARS.map((y) => `Kết quả ${y}`),
          "Kết quả cả nhiệm kỳ",
        ],
        [
          row.scope ?? "",
          "X1",
          row.label,
          row.unit ?? "",
          row.kind ?? "",
          row.target,
          ...YEARS.map((_, k) => row.results[k] ?? ""),
          row.term ?? "",
        ],
      ],
    },
  ];
}

function run(row: Row, scopeHeader?: string) {
  const a = analyse(grids(row, scopeHeader));
  return { v: a.evaluation.indicators[0]!, problems: a.problems };
}

describe("the scope a row states", () => {
  it.each<[string, Partial<Row>, string, string | undefined, string]>([
    [
      "nothing said: each year",
      { label: "Học sinh hoàn thành chương trình" },
      "yearly",
      undefined,
      "default",
    ],
    [
      "hằng năm in the label",
      { label: "Đạt Chiến sĩ thi đua cơ sở hằng năm" },
      "yearly",
      undefined,
      "label",
    ],
    [
      "mỗi năm in the target",
      { label: "Giải học sinh", target: "2 giải mỗi năm" },
      "yearly",
      undefined,
      "target",
    ],
    [
      "trong nhiệm kỳ",
      { label: "Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ" },
      "term",
      undefined,
      "label",
    ],
    [
      "cả nhiệm kì (the other spelling)",
      { label: "Số bài giảng điện tử cả nhiệm kì" },
      "term",
      undefined,
      "label",
    ],
    [
      "đến cuối nhiệm kỳ",
      { label: "Số phòng học bộ môn đạt chuẩn đến cuối nhiệm kỳ" },
      "termEnd",
      undefined,
      "label",
    ],
    [
      "đến năm 2025",
      { label: "Số phòng học bộ môn", target: "đến năm 2025 có 6 phòng" },
      "termEnd",
      undefined,
      "target",
    ],
    [
      "trong năm học 2022-2023",
      { label: "Trường được công nhận lại chuẩn quốc gia trong năm học 2022-2023" },
      "schoolYear",
      "2022-2023",
      "label",
    ],
    ["bình quân", { label: "Tỉ lệ chuyên cần bình quân" }, "average", undefined, "label"],
    [
      "trung bình mỗi năm",
      { label: "Số sáng kiến trung bình mỗi năm" },
      "average",
      undefined,
      "label",
    ],
    [
      "'trung bình' as a grade is no scope",
      { label: "Học sinh xếp loại học lực trung bình" },
      "yearly",
      undefined,
      "default",
    ],
    [
      "'năm học' without 'trong' names no scope",
      { label: "Trường đạt chuẩn quốc gia (công nhận lại năm học 2022-2023)" },
      "yearly",
      undefined,
      "default",
    ],
    [
      "the target's words before the label's",
      { label: "Kết nạp đảng viên hằng năm", target: "3 trong nhiệm kỳ" },
      "term",
      undefined,
      "target",
    ],
    [
      "the column before any words",
      { label: "Kết nạp đảng viên trong nhiệm kỳ", scope: "Hằng năm" },
      "yearly",
      undefined,
      "column",
    ],
    [
      "the column's dropdown label",
      { label: "Số phòng", scope: SCOPE_LABELS.termEnd },
      "termEnd",
      undefined,
      "column",
    ],
    [
      "the column in NFD, upper case",
      { label: "Số phòng", scope: "TRONG NHIỆM KỲ".normalize("NFD") },
      "term",
      undefined,
      "column",
    ],
    [
      "the column: a school year typed",
      { label: "Số phòng", scope: "Năm học 2023-2024" },
      "schoolYear",
      "2023-2024",
      "column",
    ],
    [
      "the column: 'một năm học' finds the year in the label",
      { label: "Công nhận lại năm học 2022-2023", scope: SCOPE_LABELS.schoolYear },
      "schoolYear",
      "2022-2023",
      "column",
    ],
    [
      "the column: an alias",
      { label: "Tỉ lệ chuyên cần", scope: "Trung bình" },
      "average",
      undefined,
      "column",
    ],
  ])("%s", (_case, row, key, schoolYear, from) => {
    const { v } = run({ target: "", results: [], ...row } as Row);
    expect(v.indicator.scope.key).toBe(key);
    expect(v.indicator.scope.schoolYear).toBe(schoolYear);
    expect(v.indicator.scope.from).toBe(from);
  });

  it("finds the column by its header in any form and position", () => {
    const { v } = run(
      { label: "Số phòng", target: "6", results: [], scope: "Đến cuối nhiệm kỳ" },
      " phạm vi THỜI GIAN ".normalize("NFD"),
    );
    expect(v.indicator.scope).toMatchObject({ key: "termEnd", from: "column", cell: "A2" });
  });

  it("an unknown value in the column is a problem at its cell, and the words decide", () => {
    const { v, problems } = run({
      label: "Kết nạp đảng viên trong nhiệm kỳ",
      target: "3",
      results: [1, 1, 1],
      scope: "Lúc nào cũng được",
    });
    expect(problems.filter((p) => p.code === "unknown-choice").map((p) => p.cell)).toEqual(["A2"]);
    expect(v.indicator.scope.key).toBe("term");
  });

  it("'one school year' with no year named is a problem at its cell", () => {
    const { v, problems } = run({
      label: "Số phòng",
      target: "6",
      results: [1],
      scope: SCOPE_LABELS.schoolYear,
    });
    expect(problems.filter((p) => p.code === "scope-needs-year").map((p) => p.cell)).toEqual([
      "A2",
    ]);
    expect(v.indicator.scope.key).toBe("yearly");
  });

  it("reads the target's figure without its scope words, and keeps the text as typed", () => {
    const { v, problems } = run({
      label: "Số phòng học bộ môn đạt chuẩn",
      unit: "phòng",
      target: "6 phòng đến cuối nhiệm kỳ",
      results: [2, 3, 4, 5, 6],
    });
    expect(v.indicator.target.measure).toMatchObject({ kind: "amount", low: 6, high: 6 });
    expect(v.indicator.target.text).toBe("6 phòng đến cuối nhiệm kỳ");
    expect(v.term.judgement).toBe("met");
    expect(problems.filter((p) => p.severity !== "info" && p.tab === "Chỉ tiêu")).toEqual([]);
  });
});

/** [case, row, judgement, basis, the figure judged, the years' own judgements]. */
type JudgeRow = [string, Row, Judgement, string, string | undefined, (Judgement | null)[]?];

const N = null;
const TERM: JudgeRow[] = [
  [
    "the issue's example: 1+0+2+1+0 = 4 against 3",
    {
      label: "Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ",
      unit: "người",
      target: "3",
      results: [1, 0, 2, 1, 0],
    },
    "exceeded",
    "sum",
    "4",
    [N, N, N, N, N],
  ],
  [
    "a sum short of its target",
    { label: "Kết nạp trong nhiệm kỳ", target: "5", results: [1, 0, 2, 1, 0] },
    "notMet",
    "sum",
    "4",
  ],
  [
    "a sum exactly on it",
    { label: "Kết nạp trong nhiệm kỳ", target: "4", results: [1, 0, 2, 1, 0] },
    "met",
    "sum",
    "4",
  ],
  [
    "blank years, yet already reached",
    { label: "Kết nạp trong nhiệm kỳ", target: "3", results: [1, "", 2, 1, ""] },
    "exceeded",
    "sum",
    "4",
  ],
  [
    "blank years, not yet reached",
    { label: "Kết nạp trong nhiệm kỳ", target: "5", results: [1, "", 2, 1, ""] },
    "noData",
    "sum",
    "4",
  ],
  [
    "at most, within",
    {
      label: "Đảng viên vi phạm trong nhiệm kỳ",
      kind: "Tối đa",
      target: "2",
      results: [0, 1, 0, 0, 0],
    },
    "exceeded",
    "sum",
    "1",
  ],
  [
    "at most, passed even with blanks",
    { label: "Vi phạm trong nhiệm kỳ", kind: "Tối đa", target: "2", results: [1, 1, 1, "", ""] },
    "notMet",
    "sum",
    "3",
  ],
  [
    "a range, inside",
    {
      label: "Bài giảng E-learning cả nhiệm kỳ",
      kind: "Khoảng",
      target: "4-6",
      results: [1, 1, 1, 1, 1],
    },
    "met",
    "sum",
    "5",
  ],
  [
    "a range, past it",
    {
      label: "Bài giảng E-learning cả nhiệm kỳ",
      kind: "Khoảng",
      target: "4-5",
      results: [2, 2, 2, 0, 0],
    },
    "exceeded",
    "sum",
    "6",
  ],
  [
    "exactly",
    {
      label: "Lớp học mới trong nhiệm kỳ",
      kind: "Bằng đúng",
      target: "5",
      results: [1, 1, 1, 1, 1],
    },
    "met",
    "sum",
    "5",
  ],
  [
    "yearly ranges add end to end",
    { label: "Giải trong nhiệm kỳ", target: "10", results: ["2-3", 2, 2, 2, 2] },
    "met",
    "sum",
    "10–11",
  ],
  [
    "money adds up",
    {
      label: "Kinh phí xã hội hoá trong nhiệm kỳ",
      unit: "đồng",
      target: "1 tỷ",
      results: ["300 triệu", "300 triệu", "300 triệu", "300 triệu", 0],
    },
    "exceeded",
    "sum",
    "1.200.000.000",
  ],
  [
    "a typed term result comes first",
    { label: "Kết nạp trong nhiệm kỳ", target: "3", results: [], term: "4" },
    "exceeded",
    "termResult",
    undefined,
  ],
  [
    "a share does not add up: each year",
    {
      label: "Tỉ lệ chuyên cần trong nhiệm kỳ",
      unit: "%",
      target: "99%",
      results: ["99%", "98%", "99%", "99%", "99%"],
    },
    "notMet",
    "years",
    undefined,
  ],
  [
    "a state reached once is reached",
    {
      label: "Kiểm định chất lượng trong nhiệm kỳ",
      unit: "mức/danh hiệu",
      kind: "Định tính",
      target: "Mức độ 2",
      results: ["Mức độ 1", "Mức độ 1", "Mức độ 2", "Mức độ 2", "Mức độ 2"],
    },
    "met",
    "bestYear",
    "Mức độ 2",
  ],
  [
    "a state not reached, years still blank",
    {
      label: "Kiểm định chất lượng trong nhiệm kỳ",
      unit: "mức/danh hiệu",
      kind: "Định tính",
      target: "Mức độ 2",
      results: ["Mức độ 1", "Mức độ 1"],
    },
    "noData",
    "none",
    undefined,
  ],
  [
    "a yearly series is always judged year on year",
    {
      label: "Giải học sinh trong nhiệm kỳ",
      kind: "Năm sau cao hơn năm trước",
      target: "Năm sau cao hơn năm trước",
      results: [1, 2, 3, 4, 5],
    },
    "met",
    "series",
    undefined,
  ],
];

const TERM_END: JudgeRow[] = [
  [
    "the issue's example: the term ends with 6 against 6",
    {
      label: "Số phòng học bộ môn đạt chuẩn đến cuối nhiệm kỳ",
      unit: "phòng",
      target: "6",
      results: [2, 3, 4, 5, 6],
    },
    "met",
    "lastYear",
    "6",
    [N, N, N, N, "met"],
  ],
  [
    "the last year with data",
    { label: "Số phòng đến cuối nhiệm kỳ", target: "6", results: [2, 3, 4, 5, ""] },
    "notMet",
    "lastYear",
    "5",
    [N, N, N, "notMet", N],
  ],
  [
    "a share",
    {
      label: "Giáo viên đạt chuẩn đến năm 2025",
      unit: "%",
      target: "100%",
      results: ["90%", "95%", "98%", "99%", "100%"],
    },
    "met",
    "lastYear",
    "100%",
  ],
  [
    "a state",
    {
      label: "Kiểm định chất lượng đến cuối nhiệm kỳ",
      unit: "mức/danh hiệu",
      target: "Mức độ 2",
      results: ["Mức độ 1", "", "", "", "Mức độ 3"],
    },
    "exceeded",
    "lastYear",
    "Mức độ 3",
  ],
  [
    "a rank",
    {
      label: "Thứ hạng khảo sát đến cuối nhiệm kỳ",
      unit: "thứ hạng",
      target: "thứ 5",
      results: ["thứ 9", "thứ 7", "thứ 6", "thứ 5", "thứ 4"],
    },
    "exceeded",
    "lastYear",
    "thứ 4",
  ],
  [
    "a range",
    {
      label: "Phòng học đến cuối nhiệm kỳ",
      kind: "Khoảng",
      target: "10-12",
      results: [8, 9, 10, 11, 11],
    },
    "met",
    "lastYear",
    "11",
  ],
  [
    "no year with data",
    { label: "Số phòng đến cuối nhiệm kỳ", target: "6", results: [] },
    "noData",
    "none",
    undefined,
  ],
];

const SCHOOL_YEAR: JudgeRow[] = [
  [
    "the column names the year",
    { label: "Số phòng", target: "6", results: [2, 3, 4, 5, 6], scope: "Năm học 2022-2023" },
    "notMet",
    "schoolYear",
    "4",
    [N, N, "notMet", N, N],
  ],
  [
    "the label names it",
    {
      label: "Công nhận lại chuẩn quốc gia trong năm học 2024-2025",
      unit: "mức/danh hiệu",
      target: "Mức độ 1",
      results: ["", "", "", "", "Mức độ 1"],
    },
    "met",
    "schoolYear",
    "Mức độ 1",
  ],
  [
    "a share in that year",
    {
      label: "Tỉ lệ hoàn thành trong năm học 2021-2022",
      unit: "%",
      target: "99%",
      results: ["98%", "99,5%", "97%"],
    },
    "exceeded",
    "schoolYear",
    "99,5%",
  ],
  [
    "that year, not the term result",
    { label: "Số phòng trong năm học 2023-2024", target: "6", results: [2, 3, 4, 6, 6], term: "2" },
    "met",
    "schoolYear",
    "6",
  ],
  [
    "that year blank",
    { label: "Số phòng trong năm học 2023-2024", target: "6", results: [2, 3, 4] },
    "noData",
    "none",
    undefined,
  ],
];

const AVERAGE: JudgeRow[] = [
  [
    "a share above its target on average",
    {
      label: "Tỉ lệ chuyên cần bình quân",
      unit: "%",
      target: "98%",
      results: ["97%", "99%", "99%", "99%", "99%"],
    },
    "exceeded",
    "average",
    "98,6%",
  ],
  [
    "a share below it on average",
    {
      label: "Tỉ lệ chuyên cần bình quân",
      unit: "%",
      target: "99%",
      results: ["97%", "99%", "99%", "99%", "99%"],
    },
    "notMet",
    "average",
    "98,6%",
  ],
  [
    "a count, the scope in the target",
    { label: "Sáng kiến kinh nghiệm", target: "bình quân 2 mỗi năm", results: [1, 2, 3, 2, 2] },
    "met",
    "average",
    "2",
  ],
  [
    "at most, on average",
    {
      label: "Tỉ lệ trẻ suy dinh dưỡng bình quân",
      unit: "%",
      kind: "Tối đa",
      target: "3%",
      results: ["4%", "3%", "2%", "2%", "2%"],
    },
    "exceeded",
    "average",
    "2,6%",
  ],
  [
    "a blank year leaves a mean unknown",
    {
      label: "Tỉ lệ chuyên cần bình quân",
      unit: "%",
      target: "98%",
      results: ["99%", "", "99%", "99%", "99%"],
    },
    "noData",
    "average",
    "99%",
  ],
  [
    "a state has no mean: each year",
    {
      label: "Xếp loại chi bộ bình quân",
      unit: "mức/danh hiệu",
      kind: "Định tính",
      target: "Hoàn thành tốt nhiệm vụ",
      results: Array(5).fill("Hoàn thành tốt nhiệm vụ"),
    },
    "met",
    "years",
    undefined,
  ],
];

const YEARLY: JudgeRow[] = [
  [
    "hằng năm: every year must reach it",
    { label: "Kết nạp đảng viên hằng năm", target: "1", results: [1, 0, 2, 1, 0] },
    "notMet",
    "years",
    undefined,
    ["met", "notMet", "exceeded", "met", "notMet"],
  ],
  [
    "no scope said: today's rule",
    {
      label: "Tỉ lệ hoàn thành",
      unit: "%",
      target: "99%",
      results: ["99%", "99,5%", "99%", "99%", "99%"],
    },
    "exceeded",
    "years",
    undefined,
  ],
];

describe.each<[string, JudgeRow[]]>([
  ["over the term", TERM],
  ["by the end of the term", TERM_END],
  ["in one school year", SCHOOL_YEAR],
  ["on average", AVERAGE],
  ["each year", YEARLY],
])("judged %s", (_name, rows) => {
  it.each(rows)("%s", (_case, row, judgement, basis, figure, years) => {
    const { v } = run(row);
    expect(v.term.judgement).toBe(judgement);
    expect(v.term.basis).toBe(basis);
    expect(v.term.figure?.text).toBe(figure);
    if (years) expect(v.years.map((y) => y.judgement)).toEqual(years);
  });
});

describe("a scope's problems", () => {
  it("a school year the sheet has no column for: no data, and a warning at the scope's cell", () => {
    const { v, problems } = run({
      label: "Số phòng",
      target: "6",
      results: [2, 3, 4, 5, 6],
      scope: "Năm học 2030-2031",
    });
    expect(v.term.judgement).toBe("noData");
    expect(problems.filter((p) => p.code === "scope-year-not-in-term").map((p) => p.cell)).toEqual([
      "A2",
    ]);
  });

  it("a blank year inside a sum is a warning at its cell", () => {
    const { problems } = run({
      label: "Kết nạp trong nhiệm kỳ",
      target: "3",
      results: [1, "", 2, 1, 1],
    });
    expect(problems.filter((p) => p.code === "missing-result").map((p) => p.cell)).toEqual(["H2"]);
  });
});

describe("the column in the template", () => {
  it("comes last in Chỉ tiêu, so the cells of workbooks made before it stay where they were", () => {
    const keys = templateColumns(tabDef("indicators"), YEARS).map((c) => c.key);
    expect(keys.at(-1)).toBe("scope");
    expect(keys.slice(0, -1)).toEqual([
      "code",
      "section",
      "group",
      "parent",
      "label",
      "unit",
      "kind",
      "target",
      ...YEARS.map((y) => `year:${y}`),
      "termResult",
      "source",
      "nextTarget",
      "pattern",
      "note",
      "judgement",
      "yearJudgements",
      "gap",
      "trend",
    ]);
    const grid = templateGrids(SAMPLE).find((g) => g.name === "Chỉ tiêu")!.values;
    expect(grid[0]!.at(-1)).toBe("Phạm vi thời gian");
  });

  it("offers the scopes as a closed list", () => {
    const def = tabDef("indicators").columns.find((c) => c.key === "scope")!;
    expect(def.type).toBe("choice");
    expect(def.choice?.strict).toBe(true);
    expect(Object.values(def.choice!.labels)).toEqual(Object.values(SCOPE_LABELS));
  });
});
