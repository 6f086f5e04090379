/**
 * Judgements per target kind, written as the domain states them: a target and a result as
 * typed in the Chỉ tiêu tab, and the judgement and gap a careful reader would give. Each row
 * goes through the whole core (grids → read → evaluate), as both shells use it.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { combine, directionOf, type Judgement } from "../../src/core/judge/evaluate.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";

/** One indicator with one result column per given result, over consecutive school years. */
function grids(unit: string, kind: string, target: CellValue, results: CellValue[]): NamedGrid[] {
  const years = results.map((_, i) => `${2019 + i}-${2020 + i}`);
  return [
    {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        ["Các năm học", years.join("; ")],
      ],
    },
    {
      name: "Chỉ tiêu",
      values: [
        [
          "Mã",
          "Nội dung chỉ tiêu",
          "Đơn vị",
          "Loại chỉ tiêu",
          "Chỉ tiêu",
          ...years.map((y) => `Kết quả ${y}`),
        ],
        ["X1", "Chỉ tiêu thử", unit, kind, target, ...results],
      ],
    },
  ];
}

function verdictOf(unit: string, kind: string, target: CellValue, results: CellValue[]) {
  const a = analyse(grids(unit, kind, target, results));
  return { verdict: a.evaluation.indicators[0]!, problems: a.problems };
}

/** [case, unit, kind as typed ("" = read off the target), target, result, judgement, gap]. */
type FigureRow = [string, string, string, CellValue, CellValue, Judgement, number | null];

const AT_LEAST: FigureRow[] = [
  ["99,3% vs 99%", "%", "", "99%", "99,3%", "exceeded", 0.3],
  ["Sheets' 0.993 vs 99%", "%", "", "99%", 0.993, "exceeded", 0.3],
  ["99% vs 99%", "%", "", "99%", "99%", "met", 0],
  ["98,9% vs 99%", "%", "", "99%", "98,9%", "notMet", -0.1],
  ["80% vs từ 80% trở lên", "%", "", "từ 80% trở lên", "80%", "met", 0],
  ["84% vs từ 80% trở lên", "%", "", "từ 80% trở lên", "84%", "exceeded", 4],
  ["80% vs ≥ 80%", "%", "", "≥ 80%", "80%", "met", 0],
  ["100% vs 100% can only be met", "%", "", "100%", "100%", "met", 0],
  ["99% vs 100%", "%", "", "100%", "99%", "notMet", -1],
  ["62,5% (15/24) vs 70%", "%", "", "70%", "62,5% (15/24)", "notMet", -7.5],
  ["stated kind: 12 vs tối thiểu 10", "giải", "Tối thiểu (≥)", "10", "12", "exceeded", 2],
  ["'99%-100%' with no kind reads as at least 99%", "%", "", "99%-100%", "99,5%", "exceeded", 0.5],
];

const AT_LEAST_STRICT: FigureRow[] = [
  ["80% vs trên 80%", "%", "", "trên 80%", "80%", "notMet", 0],
  [
    "80,1% vs trên 80% meets a strict bound without exceeding it",
    "%",
    "",
    "trên 80%",
    "80,1%",
    "met",
    0.1,
  ],
  ["trên 80% vs trên 80%", "%", "", "trên 80%", "trên 80%", "met", 0],
  ["trên 80% vs 80%: no margin shown, so met", "%", "", "80%", "trên 80%", "met", 0],
  ["dưới 1% vs tối đa 1%: no margin shown, so met", "%", "", "tối đa 1%", "dưới 1%", "met", 0],
];

const AT_MOST: FigureRow[] = [
  ["dưới 1% vs dưới 1%", "%", "", "dưới 1%", "dưới 1%", "met", 0],
  ["0,5% vs dưới 1%", "%", "", "dưới 1%", "0,5%", "met", 0.5],
  ["1% vs dưới 1%", "%", "", "dưới 1%", "1%", "notMet", 0],
  ["<1% vs dưới 1%", "%", "", "dưới 1%", "<1%", "met", 0],
  ["1% vs tối đa 1%", "%", "", "tối đa 1%", "1%", "met", 0],
  ["0,2% vs tối đa 1%", "%", "", "tối đa 1%", "0,2%", "exceeded", 0.8],
  ["dưới 1% vs ≤ 1%", "%", "", "≤ 1%", "dưới 1%", "met", 0],
  ["0% vs at most 0%", "%", "Tối đa (≤ hoặc dưới)", "0%", "0%", "met", 0],
  ["0,1% vs at most 0%", "%", "Tối đa", "0%", "0,1%", "notMet", -0.1],
  ["no pupil vs at most 0%", "%", "Tối đa", "0%", "Không có", "met", 0],
  ["rank 9 vs thứ 10", "thứ", "", "thứ 10", "thứ 9", "exceeded", 1],
  ["rank 10 vs thứ 10", "thứ", "", "thứ 10", "10", "met", 0],
  ["rank 11 vs thứ 10", "thứ", "", "thứ 10", "thứ 11", "notMet", -1],
  // A target of none ("0%", "không có") can only be kept, never exceeded.
  ["2% vs a target of 0%", "%", "", "0%", "2%", "notMet", -2],
  ["0% vs a target of 0%", "%", "", "0%", "0%", "met", 0],
  ["3 vs không có", "người", "", "không có", "3", "notMet", -3],
  ["none vs không", "người", "", "không", "0", "met", 0],
  // For a rank, "trở lên" means that place or better: "thứ 10 trở lên" is the top ten.
  ["rank 9 vs thứ 10 trở lên", "thứ", "", "thứ 10 trở lên", "thứ 9", "exceeded", 1],
  ["rank 10 vs thứ 10 trở lên", "thứ", "", "thứ 10 trở lên", "thứ 10", "met", 0],
  ["rank 12 vs thứ 10 trở lên", "thứ", "", "thứ 10 trở lên", "thứ 12", "notMet", -2],
  ["rank 9 vs tối đa thứ 10", "thứ", "", "tối đa thứ 10", "thứ 9", "exceeded", 1],
  ["rank 9 vs Tốp 10", "thứ", "", "Tốp 10", "thứ 9", "exceeded", 1],
  ["rank 12 vs trong top 10", "thứ", "", "trong top 10", "thứ 12", "notMet", -2],
  ["open-ended count vs at most 20", "người", "Tối đa", "20", "trên 10", "notMet", null],
];

const RANGE: FigureRow[] = [
  [
    "99% trở lên vs 99,5–100%: the figures do not show 99,5%",
    "%",
    "",
    "99,5–100%",
    "99% trở lên",
    "notMet",
    -0.5,
  ],
  ["99,2%-100% inside 99%-100%", "%", "Khoảng (từ … đến …)", "99%-100%", "99,2%-100%", "met", 0],
  ["point 99,5% inside 99%-100%", "%", "Khoảng", "99%-100%", "99,5%", "met", 0],
  ["98% below 99%-100%", "%", "Khoảng", "99%-100%", "98%", "notMet", -1],
  ["98%-100% reaches below 99%-100%", "%", "Khoảng", "99%-100%", "98%-100%", "notMet", -1],
  ["25 past 10-20", "người", "Khoảng", "10-20", "25", "exceeded", 5],
  ["15-25 reaches 5 past 10-20", "người", "Khoảng", "10-20", "15-25", "exceeded", 5],
  ["20 at the top of 10-20", "người", "Khoảng", "10-20", "20", "met", 0],
  ["10 at the bottom of từ 10 đến 20", "người", "", "từ 10 đến 20", "10", "met", 0],
];

const EXACT: FigureRow[] = [
  ["100% vs exactly 100%", "%", "Bằng đúng", "100%", "100%", "met", 0],
  ["99,9% vs exactly 100%", "%", "Bằng đúng", "100%", "99,9%", "notMet", -0.1],
  ["5 vs exactly 5", "người", "Bằng", "5", "5", "met", 0],
  ["6 vs exactly 5", "người", "Bằng", "5", "6", "notMet", 1],
  ["a range is not exactly 5", "người", "=", "5", "4-6", "notMet", null],
];

const QUALITATIVE: FigureRow[] = [
  ["Mức độ 3 vs Mức độ 3", "mức", "", "Mức độ 3", "Mức độ 3", "met", 0],
  ["mức độ 3 vs Mức độ 2", "mức", "", "Mức độ 2", "mức độ 3", "exceeded", 1],
  ["mức II vs Mức độ 3", "mức", "", "Mức độ 3", "mức II", "notMet", -1],
  ["a bare 3 in a level row vs Mức độ 3", "mức", "", "Mức độ 3", "3", "met", 0],
  ["'Đạt chuẩn mức độ 3' vs Mức độ 3", "mức", "", "Mức độ 3", "Đạt chuẩn mức độ 3", "met", 0],
  ["'Chưa đạt mức độ 3' vs Mức độ 3", "mức", "", "Mức độ 3", "Chưa đạt mức độ 3", "notMet", null],
  [
    "HTXSNV vs HTTNV: a higher rung",
    "danh hiệu",
    "",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành xuất sắc nhiệm vụ",
    "exceeded",
    null,
  ],
  [
    "same title in other case",
    "danh hiệu",
    "",
    "Hoàn thành tốt nhiệm vụ",
    "hoàn thành tốt nhiệm vụ",
    "met",
    null,
  ],
  [
    "HTNV vs HTTNV: a lower rung",
    "danh hiệu",
    "",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "notMet",
    null,
  ],
  ["LĐXS vs LĐTT", "danh hiệu", "", "Lao động tiên tiến", "Lao động xuất sắc", "exceeded", null],
  [
    "TTLĐTT vs TTLĐXS",
    "danh hiệu",
    "",
    "Tập thể lao động xuất sắc",
    "Tập thể lao động tiên tiến",
    "notMet",
    null,
  ],
  [
    "Vững mạnh xuất sắc vs Vững mạnh",
    "danh hiệu",
    "",
    "Trong sạch, vững mạnh",
    "Trong sạch vững mạnh xuất sắc",
    "exceeded",
    null,
  ],
  [
    "punctuation does not matter",
    "danh hiệu",
    "",
    "Chi bộ trong sạch vững mạnh",
    "Chi bộ trong sạch, vững mạnh",
    "met",
    null,
  ],
  [
    "'Không đạt chuẩn quốc gia' vs Đạt chuẩn quốc gia",
    "danh hiệu",
    "",
    "Đạt chuẩn quốc gia",
    "Không đạt chuẩn quốc gia",
    "notMet",
    null,
  ],
  ["another state", "danh hiệu", "Định tính", "Tốt", "Khá", "notMet", null],
  // A figure typed as the state to reach, in a row stated "Định tính": compared as a level.
  ["stated qualitative: 2 vs 3", "mức", "Định tính", "3", "2", "notMet", -1],
  ["stated qualitative: 3 vs 3", "mức", "Định tính", "3", "3", "met", 0],
  ["stated qualitative: 4 vs 3", "mức", "Định tính", "3", "4", "exceeded", 1],
  ["stated qualitative: 95% vs 100%", "%", "Định tính", "100%", "95%", "notMet", -5],
  ["stated qualitative: Mức độ 2 vs 3", "mức", "Định tính", "3", "Mức độ 2", "notMet", -1],
  ["stated qualitative: 90-100% vs 100%", "%", "Định tính", "100%", "90-100%", "notMet", null],
];

const NONE: FigureRow[] = [
  ["stated: only tracked", "%", "Chỉ theo dõi", "", "50%", "noTarget", null],
  ["no target typed", "%", "", "", "50%", "noTarget", null],
];

const NO_DATA: FigureRow[] = [
  ["blank result", "%", "", "99%", "", "noData", null],
  ["#N/A result", "%", "", "99%", "#N/A", "noData", null],
  ["words where a figure is needed", "%", "", "99%", "đang tổng hợp", "noData", null],
];

describe.each<[string, FigureRow[]]>([
  ["at least", AT_LEAST],
  ["at least, strict", AT_LEAST_STRICT],
  ["at most (strict and not)", AT_MOST],
  ["range", RANGE],
  ["exact", EXACT],
  ["qualitative", QUALITATIVE],
  ["none", NONE],
  ["missing data", NO_DATA],
])("%s", (_kind, rows) => {
  it.each(rows)("%s", (_case, unit, kind, target, result, judgement, gap) => {
    const { verdict } = verdictOf(unit, kind, target, [result]);
    expect(verdict.years.map((y) => [y.judgement, y.gap])).toEqual([[judgement, gap]]);
    // With one school year and no term result, the term is that year.
    expect([verdict.term.judgement, verdict.term.gap]).toEqual([judgement, gap]);
  });
});

describe("results that cannot be compared say why", () => {
  it.each<[string, CellValue, string]>([
    ["a blank result among filled ones", "", "missing-result"],
    ["words where a figure is needed", "đang tổng hợp", "result-not-a-figure"],
    ["a formula error", "#REF!", "formula-error"],
  ])("%s", (_case, first, code) => {
    const { problems } = verdictOf("%", "", "99%", [first, "99%"]);
    expect(problems.filter((p) => p.code === code).map((p) => p.cell)).toEqual(["F2"]);
  });
});

/** [case, unit, kind, target, yearly results, year judgements, term, gap, direction]. */
type SeriesRow = [
  string,
  string,
  string,
  CellValue,
  CellValue[],
  (Judgement | null)[],
  Judgement,
  number | null,
  string | undefined,
];

const SERIES: SeriesRow[] = [
  [
    "prizes 2 → 5 → 12",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    [2, 5, 12],
    [null, "met", "met"],
    "met",
    10,
    "up",
  ],
  [
    "prizes 12 → 20 → 29",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    ["12 giải", "20", "29"],
    [null, "met", "met"],
    "met",
    17,
    "up",
  ],
  [
    "a flat year is not higher",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    [2, 2, 12],
    [null, "notMet", "met"],
    "notMet",
    10,
    "mixed",
  ],
  [
    "a missing year leaves the term without data",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    [2, "", 12],
    [null, "noData", "noData"],
    "noData",
    10,
    "up",
  ],
  [
    "a fall still fails with a missing year",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    [5, 3, ""],
    [null, "notMet", "noData"],
    "notMet",
    -2,
    "down",
  ],
  [
    "one year is only a baseline",
    "giải",
    "",
    "Năm sau cao hơn năm trước",
    [2],
    [null],
    "noData",
    null,
    undefined,
  ],
  [
    "survey rank 13 → 13 → 9",
    "thứ",
    "",
    "Năm sau cao hơn năm trước",
    [13, 13, 9],
    [null, "notMet", "met"],
    "notMet",
    4,
    "mixed",
  ],
  [
    "rank thứ 13 → thứ 11 → thứ 9",
    "thứ",
    "",
    "Năm sau cao hơn năm trước",
    ["thứ 13", "thứ 11", "thứ 9"],
    [null, "met", "met"],
    "met",
    4,
    "down",
  ],
  [
    "stated decrease of a rank",
    "thứ",
    "Giảm hằng năm",
    "",
    [13, 11, 9],
    [null, "met", "met"],
    "met",
    4,
    "down",
  ],
  [
    "falling share: 3% → 2% → 2,5%",
    "%",
    "",
    "giảm dần",
    ["3%", "2%", "2,5%"],
    [null, "met", "notMet"],
    "notMet",
    0.5,
    "mixed",
  ],
  [
    "rising share",
    "%",
    "Tăng dần",
    "",
    ["60%", "62,5%", "70%"],
    [null, "met", "met"],
    "met",
    10,
    "up",
  ],
];

describe("yearly series (increase, decrease and ranks)", () => {
  it.each(SERIES)("%s", (_case, unit, kind, target, results, years, term, gap, direction) => {
    const { verdict } = verdictOf(unit, kind, target, results);
    expect(verdict.years.map((y) => y.judgement)).toEqual(years);
    expect(verdict.term).toEqual({ judgement: term, gap, basis: "series" });
    expect(verdict.trend?.direction).toBe(direction);
  });
});

describe("terms over several years", () => {
  it.each<[string, CellValue[], CellValue, Judgement, number | null]>([
    ["every year exceeds", ["99,3%", "99,5%", "99,1%"], "", "exceeded", 0.1],
    ["one year only met, the others exceed", ["99%", "99,5%", "99,1%"], "", "exceeded", 0],
    ["every year only met", ["99%", "99%", "99%"], "", "met", 0],
    ["one year short", ["99,3%", "98%", "99,1%"], "", "notMet", -1],
    ["one year missing", ["99,3%", "", "99,1%"], "", "noData", 0.1],
    ["a typed term result takes precedence", ["99,3%", "98%", "99,1%"], "99,2%", "exceeded", 0.2],
    ["no results at all", ["", "", ""], "", "noData", null],
  ])("%s", (_case, results, termResult, judgement, gap) => {
    const g = grids("%", "", "99%", results);
    const values = g[1]!.values;
    values[0]!.push("Kết quả cả nhiệm kỳ");
    values[1]!.push(termResult);
    const v = analyse(g).evaluation.indicators[0]!;
    expect([v.term.judgement, v.term.gap]).toEqual([judgement, gap]);
    expect(v.term.basis).toBe(
      termResult === ""
        ? judgement === "noData" && gap === null
          ? "none"
          : "years"
        : "termResult",
    );
  });

  it("describes the trend between years", () => {
    const v = verdictOf("%", "", "99%", ["99,3%", "99,5%", "99,1%"]).verdict;
    expect(v.trend).toEqual({
      values: [99.3, 99.5, 99.1],
      direction: "mixed",
      lowerIsBetter: false,
    });
  });
});

describe("the combining rule", () => {
  it.each<[(Judgement | null)[], Judgement]>([
    [["exceeded", "met", "notMet"], "notMet"],
    [["exceeded", "noData", "met"], "noData"],
    [["notMet", "noData"], "notMet"],
    [["exceeded", "met"], "exceeded"],
    [["met", "met", null], "met"],
    [["exceeded", "noTarget"], "exceeded"],
    [["noTarget", null], "noTarget"],
    [[], "noTarget"],
  ])("%j → %s", (judgements, expected) => {
    expect(combine(judgements)).toBe(expected);
  });

  it("joins a compound target's indicators by their group", () => {
    const g = grids("%", "", "99%", ["99,3%"]);
    const values = g[1]!.values;
    values[0]!.push("Nhóm", "Thuộc mã");
    values[1]!.push("Năng lực", "");
    values.push(
      ["X2", "xếp mức Tốt", "%", "", "70%", "78%", "năng lực", "X1"],
      ["X3", "Cần cố gắng", "%", "", "dưới 1%", "dưới 1%", " NĂNG LỰC ", ""],
      ["Y1", "khác", "%", "", "100%", "99%", "Phẩm chất", ""],
    );
    const groups = analyse(g).evaluation.groups;
    expect(groups.map((x) => [x.name, x.codes, x.judgement])).toEqual([
      ["Năng lực", ["X1", "X2", "X3"], "exceeded"],
      ["Phẩm chất", ["Y1"], "notMet"],
    ]);
  });
});

describe("directionOf", () => {
  it.each<[(number | null)[], string | null]>([
    [[2, 5, 12], "up"],
    [[13, 11, 9], "down"],
    [[5, 5], "flat"],
    [[13, 13, 9], "mixed"],
    [[2, null, 12], "up"],
    [[7], null],
    [[null, null], null],
  ])("%j → %s", (values, direction) => {
    expect(directionOf(values)).toBe(direction);
  });
});

describe("awards", () => {
  const awardGrids = (source: string, target: string, typed: CellValue = ""): NamedGrid[] => [
    {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        ["Các năm học", "2019-2020; 2020-2021; 2021-2022"],
      ],
    },
    {
      name: "Chỉ tiêu",
      values: [
        [
          "Mã",
          "Nội dung chỉ tiêu",
          "Đơn vị",
          "Chỉ tiêu",
          "Nguồn số liệu",
          "Kết quả 2019-2020",
          "Kết quả 2020-2021",
          "Kết quả 2021-2022",
        ],
        ["HSG", "Giải học sinh", "giải", target, source, typed, "", ""],
      ],
    },
    {
      name: "Giải thưởng",
      values: [
        ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"],
        ["2019-2020", "Học sinh", "Thành phố", "Giải Nhì", 2],
        ["2020-2021", "HS", "TP", "Giải Nhất", 3],
        ["2020-2021", "học sinh", "Thành phố / Tỉnh", "Giải Ba", "2 giải"],
        ["2021-2022", "Học sinh", "Cấp thành phố", "Giải KK", 12],
        ["2019-2020", "Học sinh", "Huyện", "Giải Nhất", 12],
        ["2020-2021", "Học sinh", "Quận", "Giải Nhất", 20],
        ["2021-2022", "Học sinh", "Huyện", "Giải Nhì", 19],
        ["2021-2022", "Giáo viên", "Huyện", "Giáo viên dạy giỏi", 4],
        ["", "Tập thể", "Bộ", "Bằng khen", 1],
      ],
    },
  ];

  it("tallies per school year × level × recipient, with totals", () => {
    const a = analyse(awardGrids("", "")).evaluation.awards;
    expect(a.totalsByYear).toEqual({ "": 1, "2019-2020": 14, "2020-2021": 25, "2021-2022": 35 });
    expect(a.total).toBe(75);
    expect(a.cells.find((c) => c.schoolYear === "2020-2021" && c.level === "city")).toEqual({
      schoolYear: "2020-2021",
      level: "city",
      recipient: "pupil",
      count: 5,
    });
    expect(a.series.map((s) => [s.recipient, s.level, s.counts, s.growth])).toEqual([
      ["pupil", "city", [2, 5, 12], 10],
      ["pupil", "district", [12, 20, 19], 7],
    ]);
  });

  it.each<[string, string, (Judgement | null)[], Judgement]>([
    ["Giải thưởng: Học sinh, Thành phố", "Năm sau cao hơn năm trước", [null, "met", "met"], "met"],
    [
      "Giải thưởng: Học sinh, Huyện",
      "Năm sau cao hơn năm trước",
      [null, "met", "notMet"],
      "notMet",
    ],
    ["Giải thưởng: Thành phố", "Năm sau cao hơn năm trước", [null, "met", "met"], "met"],
    [
      "Giải thưởng: Học sinh, Thành phố",
      "tối thiểu 3",
      ["notMet", "exceeded", "exceeded"],
      "notMet",
    ],
  ])("judges results taken from %s against %s", (source, target, years, term) => {
    const a = analyse(awardGrids(source, target));
    const v = a.evaluation.indicators[0]!;
    expect(v.years.map((y) => y.judgement)).toEqual(years);
    expect(v.term.judgement).toBe(term);
    const series = a.evaluation.awards.series.find((s) => s.level === v.indicator.source?.level);
    if (target.startsWith("Năm sau")) expect(series?.judgement).toBe(term);
  });

  it("judges each award series by its own counts when a wider growth target covers it", () => {
    const a = analyse(awardGrids("Giải thưởng: Học sinh", "Năm sau cao hơn năm trước"));
    // All pupils' prizes: 14 → 25 → 31, met; the district level alone falls from 20 to 19.
    expect(a.evaluation.indicators[0]!.term.judgement).toBe("met");
    expect(a.evaluation.awards.series.map((s) => [s.level, s.judgement])).toEqual([
      ["city", "met"],
      ["district", "notMet"],
    ]);
  });

  it.each<[string, CellValue, string | undefined]>([
    ["a count the award lines contradict: a warning at its cell", 7, "result-differs-from-tally"],
    ["the same count as the award lines: nothing to say", 2, undefined],
    ["the same count typed as text", "2 giải", undefined],
    [
      "words where the lines give a count: noted as not used",
      "nhiều giải",
      "result-source-ignored",
    ],
  ])("checks a result typed where the awards tab gives it: %s", (_case, typed, code) => {
    const a = analyse(
      awardGrids("Giải thưởng: Học sinh, Thành phố", "Năm sau cao hơn năm trước", typed),
    );
    const found = a.problems.filter((p) => p.code.startsWith("result-"));
    expect(found.map((p) => [p.cell, p.code])).toEqual(code ? [["F2", code]] : []);
    if (code === "result-differs-from-tally") {
      expect(found[0]!.severity).toBe("warning");
      expect(found[0]!.message).toContain("7");
      expect(found[0]!.message).toContain("đếm được 2");
    }
    expect(a.evaluation.indicators[0]!.years[0]!.value).toBe(2);
  });

  it("reports a source it cannot read", () => {
    const a = analyse(awardGrids("Giải thưởng: Sao Hoả", "Năm sau cao hơn năm trước"));
    expect(a.problems.filter((p) => p.code === "unknown-source").map((p) => p.cell)).toEqual([
      "E2",
    ]);
  });
});
