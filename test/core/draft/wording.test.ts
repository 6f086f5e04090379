/**
 * The draft's wording as a secretary would write it (issue 8, fidelity): a unit after the
 * number inside an "at least" target ("từ 15 giải trở lên"). One row a domain case.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../../src/core/outputs/draft/model.js";
import type { KindId } from "../../../src/core/outputs/draft/outline.js";
import { type Progress, progressOf } from "../../../src/core/outputs/draft/parts/progress.js";
import { formatMeasure } from "../../../src/core/workbook/format.js";
import { type CellValue, parseMeasure, type UnitKind } from "../../../src/core/workbook/parse.js";
import { indicatorGrids, type Line } from "../../support/indicator-lines.js";

const Q = "Chất lượng giáo dục toàn diện";
const S = "Xây dựng đội ngũ cán bộ, giáo viên";

function lines(rows: readonly Line[], kind?: KindId): string[] {
  const a = analyse(indicatorGrids(rows));
  return draftRuns(buildDraft(a, kind ? { kind } : {})).map((r) => runsText(r));
}

describe("a unit goes after the number, inside the bound's words", () => {
  it.each<[string, UnitKind, string, string]>([
    ["từ 15 trở lên", "count", "giải", "từ 15 giải trở lên"],
    ["≥ 15", "count", "giải", "từ 15 giải trở lên"],
    ["tối thiểu 3", "count", "giáo viên", "từ 3 giáo viên trở lên"],
    ["dưới 3", "count", "học sinh", "dưới 3 học sinh"],
    ["trên 10", "count", "bài", "trên 10 bài"],
    ["tối đa 2", "count", "người", "tối đa 2 người"],
    ["4-5", "count", "giáo viên", "4–5 giáo viên"],
    ["8", "count", "giáo viên", "8 giáo viên"],
    ["từ 80% trở lên", "percent", "", "từ 80% trở lên"],
  ])("%s (%s, %s) → %s", (typed, unit, word, shown) => {
    expect(formatMeasure(parseMeasure(typed, unit).value, word)).toBe(shown);
  });

  it.each<[string, Line, string]>([
    [
      "pupils' prizes, each year at least 15: the check table",
      [
        "HSG",
        Q,
        "Giải học sinh giỏi cấp huyện hằng năm",
        "giải",
        "",
        "từ 15 trở lên",
        [15, 18, 16, 21, 25],
        "từ 20 trở lên",
      ],
      "Giải học sinh giỏi cấp huyện hằng năm: từ 15 giải trở lên",
    ],
    [
      "pupils' prizes: the next term's target",
      [
        "HSG",
        Q,
        "Giải học sinh giỏi cấp huyện hằng năm",
        "giải",
        "",
        "từ 15 trở lên",
        [15, 18, 16, 21, 25],
        "từ 20 trở lên",
      ],
      "Giải học sinh giỏi cấp huyện hằng năm: từ 20 giải trở lên.",
    ],
    [
      "good teachers, at least 3 a year",
      [
        "GVG",
        S,
        "Giáo viên dạy giỏi cấp huyện hằng năm",
        "giáo viên",
        "",
        "≥ 3",
        [3, 4, 3, 5, 4],
        "≥ 4",
      ],
      "Giáo viên dạy giỏi cấp huyện hằng năm: từ 3 giáo viên trở lên",
    ],
    [
      "a range of teachers for the next term",
      [
        "GVG",
        S,
        "Giáo viên dạy giỏi cấp huyện hằng năm",
        "giáo viên",
        "",
        "≥ 3",
        [3, 4, 3, 5, 4],
        "4-5",
      ],
      "Giáo viên dạy giỏi cấp huyện hằng năm: 4–5 giáo viên.",
    ],
  ])("%s", (_case, row, line) => {
    const all = lines([row]);
    expect(all, all.join("\n")).toContain(line);
    expect(all.join("\n")).not.toMatch(/trở lên (giải|giáo viên)/);
  });

  it("the mid-term table writes the target with its unit where it belongs", () => {
    const all = lines(
      [
        [
          "GVG",
          S,
          "Giáo viên dạy giỏi cấp huyện trong nhiệm kỳ",
          "giáo viên",
          "",
          "8",
          [2, 1, 3, 2, 2],
          "",
          "Trong nhiệm kỳ",
        ],
      ],
      "so-ket",
    );
    expect(all).toContain("Giáo viên dạy giỏi cấp huyện trong nhiệm kỳ: 8 giáo viên");
  });
});

describe("the mid-term review names a blank year and never calls it on track", () => {
  const each = (results: CellValue[]): Line => [
    "TN",
    Q,
    "Tỉ lệ học sinh lớp 9 được công nhận tốt nghiệp",
    "%",
    "",
    "từ 98% trở lên",
    results,
  ];
  const sum = (results: CellValue[]): Line => [
    "GVG",
    S,
    "Giáo viên dạy giỏi cấp huyện trong nhiệm kỳ",
    "giáo viên",
    "",
    "8",
    results,
    "",
    "Trong nhiệm kỳ",
  ];
  it.each<[string, Line, Progress, string, string[], string]>([
    [
      "every year so far met",
      each(["98,6%", "99%", "99,1%", "", ""]),
      "onTrack",
      "",
      [],
      "giữ từ 98% trở lên các năm còn lại",
    ],
    [
      "a blank year between met years",
      each(["98,6%", "99,1%", "", "100%", "99,3%"]),
      "gap",
      "",
      ["2022-2023"],
      "bổ sung số liệu năm học 2022-2023",
    ],
    [
      "a short year and a blank one",
      each(["93%", "99,1%", "99%", "", "98%"]),
      "behind",
      "",
      ["2023-2024"],
      "năm học 2020-2021 chưa đạt; bổ sung số liệu năm học 2023-2024",
    ],
    [
      "a sum not reached with a year untyped",
      sum([2, "", 1, 1, ""]),
      "gap",
      "4 giáo viên",
      ["2021-2022"],
      "4 giáo viên; bổ sung số liệu năm học 2021-2022",
    ],
    [
      "a sum reached despite a blank year",
      sum([2, "", 3, 2, 2]),
      "reached",
      "9 giáo viên",
      ["2021-2022"],
      "",
    ],
    [
      "a sum on track half-way",
      sum([2, 2, "", "", ""]),
      "onTrack",
      "4 giáo viên",
      [],
      "4 giáo viên",
    ],
    [
      "by the end of the term, a rate with its %",
      [
        "DN",
        S,
        "Giáo viên đạt chuẩn đến cuối nhiệm kỳ",
        "%",
        "",
        "100%",
        ["85%", "90%", "100%"],
        "",
        "Đến cuối nhiệm kỳ",
      ],
      "reached",
      "100%",
      [],
      "",
    ],
  ])("%s", (_case, row, progress, soFar, gaps, remains) => {
    const v = analyse(indicatorGrids([row])).evaluation.indicators[0]!;
    const p = progressOf(v, 5);
    expect(p.progress).toBe(progress);
    expect(p.soFar).toBe(soFar);
    expect(p.gapYears).toEqual(gaps);
    const table = lines([row], "so-ket");
    expect(table).toContain(remains || "–");
  });
});

describe("awards of people read as the reference report writes them", () => {
  const HEADER = ["Năm học", "Cấp", "Đối tượng", "Giải thưởng / danh hiệu", "Số lượng", "Họ tên"];
  const awardLines = (rows: CellValue[][]): string[] => {
    const a = analyse(indicatorGrids([], [{ name: "Giải thưởng", values: [HEADER, ...rows] }]));
    const lines = draftRuns(buildDraft(a)).map((r) => runsText(r));
    return lines.filter((l) => rows.some((r) => l.includes(String(r[3]).slice(1, 12))));
  };
  it.each<[string, CellValue[][], string]>([
    [
      "good teachers over two years, names given, a count of 1 said",
      [
        [
          "2020-2021",
          "Huyện",
          "Giáo viên",
          "Giáo viên dạy giỏi cấp huyện",
          2,
          "Nguyễn Thị Thu; Đỗ Văn Hải",
        ],
        ["2021-2022", "Huyện", "GV", "Giáo viên dạy giỏi cấp huyện", 1, "Lê Thị Hằng"],
      ],
      "Giáo viên dạy giỏi cấp huyện: năm học 2020-2021 có 2 đồng chí (đồng chí Nguyễn Thị Thu, đồng chí Đỗ Văn Hải); năm học 2021-2022 có 1 đồng chí (đồng chí Lê Thị Hằng).",
    ],
    [
      "a title the recipient does not name: lower case after 'đạt'",
      [["2022-2023", "Cơ sở", "Giáo viên", "Chiến sĩ thi đua cơ sở", 3, ""]],
      "Giáo viên đạt chiến sĩ thi đua cơ sở: năm học 2022-2023 có 3 đồng chí.",
    ],
    [
      "members, one of them, no name typed",
      [["2023-2024", "Huyện", "Đảng viên", "Giấy khen của Ban Thường vụ Đảng ủy", 1, ""]],
      "Đảng viên đạt giấy khen của Ban Thường vụ Đảng ủy: năm học 2023-2024 có 1 đồng chí.",
    ],
    [
      "a piece of work, not a title of people, over the term",
      [
        [
          "",
          "Huyện",
          "Giáo viên",
          "Chuyên đề cấp huyện về dạy học trực tuyến xếp loại Xuất sắc",
          1,
          "",
        ],
      ],
      "Giáo viên có chuyên đề cấp huyện về dạy học trực tuyến xếp loại Xuất sắc (trong nhiệm kỳ).",
    ],
  ])("%s", (_case, rows, line) => {
    const found = awardLines(rows);
    expect(found).toContain(line);
    expect(found.join("\n")).not.toMatch(/\d+ [A-ZĐ]/u); // no capital after a count
  });
});
