/**
 * Judgements a secretary can sign (issue 8): the years that kept a term from being met named
 * with their figures, the same words in the check table, the archive and the draft; blank
 * years always said; rates to keep low never "đạt" their figure; a typed count checked against
 * the award lines; a target's scope said in the draft. Rows typed the way people type them.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/cli/commands/check.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../src/core/outputs/draft/model.js";
import { shortfallText } from "../../src/core/outputs/shortfall.js";
import { buildSummary } from "../../src/core/outputs/summary.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";

const YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/** [code, section, label, unit, kind, target, five results, term result]. */
type Line = [string, string, string, string, string, CellValue, CellValue[], CellValue?];

function grids(lines: readonly Line[], extra: NamedGrid[] = []): NamedGrid[] {
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
          "Mã",
          "Mục",
          "Nội dung chỉ tiêu",
          "Đơn vị",
          "Loại chỉ tiêu",
          "Chỉ tiêu",
          ...YEARS.map((y) => `Kết quả ${y}`),
          "Kết quả cả nhiệm kỳ",
        ],
        ...lines.map(([code, section, label, unit, kind, target, results, term]) => [
          code,
          section,
          label,
          unit,
          kind,
          target,
          ...YEARS.map((_, k) => results[k] ?? ""),
          term ?? "",
        ]),
      ],
    },
    ...extra,
  ];
}

const Q = "Chất lượng giáo dục toàn diện";
const P = "Phổ cập giáo dục và duy trì sĩ số";

function one(line: Line) {
  const a = analyse(grids([line]));
  return { a, v: a.evaluation.indicators[0]! };
}

function draftLines(lines: readonly Line[]): string[] {
  return draftRuns(buildDraft(analyse(grids(lines)))).map((r) => runsText(r));
}

describe("the years that kept the term from being met", () => {
  it.each<[string, Line, string | undefined]>([
    [
      "the first year short, the others met and exceeded",
      ["A", Q, "Học sinh đạt giải", "%", "", "25%", [0.241, "26%", "27%", "25%", "25,5%"]],
      "năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt",
    ],
    [
      "the last year short, the others all exceeded",
      ["A", Q, "Học sinh hoàn thành", "%", "", "99%", ["99,5%", "99,6%", "99,8%", "99,9%", "98 %"]],
      "năm học 2024-2025 đạt 98%, chưa đạt; các năm học trước vượt",
    ],
    [
      "a year in the middle, and one other year",
      ["A", Q, "Học sinh hoàn thành", "%", "", "99%", ["99%", "98%", "99%"]],
      "năm học 2021-2022 đạt 98%, chưa đạt; các năm học còn lại đạt; năm học 2023-2024, 2024-2025 chưa có số liệu",
    ],
    [
      "two years short of a count, with its unit",
      ["A", Q, "Giải học sinh giỏi cấp tỉnh", "giải", "", "3", [2, 1, 3, 3, 3]],
      "năm học 2020-2021 đạt 2 giải, chưa đạt; năm học 2021-2022 đạt 1 giải, chưa đạt; các năm học sau đạt",
    ],
    [
      "a rate to keep low is 'là' its figure",
      [
        "A",
        P,
        "Tỉ lệ học sinh bỏ học",
        "%",
        "",
        "dưới 0,5%",
        ["0,3%", "0,2%", "0,6%", "0,1%", "0%"],
      ],
      "năm học 2022-2023 là 0,6%, chưa đạt; các năm học còn lại đạt",
    ],
    [
      "met every year: nothing to name",
      ["A", Q, "Học sinh hoàn thành", "%", "", "99%", ["99%", "99%"]],
      undefined,
    ],
    [
      "a typed term result decides, not the years",
      ["A", Q, "Học sinh hoàn thành", "%", "", "99%", ["98%"], "98,5%"],
      undefined,
    ],
  ])("%s", (_case, line, text) => {
    const { v } = one(line);
    expect(shortfallText(v)).toBe(text);
  });

  it("says the same words in the check table, the archive and the draft", () => {
    const line: Line = [
      "A",
      Q,
      "Học sinh đạt giải",
      "%",
      "",
      "25%",
      [0.241, "26%", "27%", "25%", "25,5%"],
    ];
    const { a, v } = one(line);
    const words = "năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt";
    // The check table (tongket check), under the row.
    expect(checkText("x.xlsx", a)).toContain(
      `↳ Năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt`,
    );
    // The archive: the computed "Đánh giá từng năm" column and the summary tab that copies it.
    expect(computedCells(v).yearJudgements).toBe(`N${words.slice(1)}`);
    const summary = buildSummary(a.workbook, a.evaluation, a.problems);
    const table = summary.find((s) => s.id === "judgements")!;
    expect(JSON.stringify(table.rows[0])).toContain(`N${words.slice(1)}`);
    // The draft: the sentence, the table's judgement, the list of targets not met.
    const lines = draftRuns(buildDraft(a)).map((r) => runsText(r));
    expect(lines.find((l) => l.startsWith("Tỉ lệ học sinh đạt giải:"))).toContain(
      `(chỉ tiêu 25%: chưa đạt chỉ tiêu; ${words})`,
    );
    expect(lines).toContain(`Chưa đạt (${words})`);
    expect(lines.find((l) => l.startsWith("Học sinh đạt giải: chỉ tiêu 25%, kết quả"))).toContain(
      `; ${words}.`,
    );
  });
});

describe("a blank year inside a filled series is a warning at its cell", () => {
  it.each<[string, Line, string[]]>([
    [
      "a yearly series",
      [
        "A",
        Q,
        "Giải",
        "giải",
        "Năm sau cao hơn năm trước",
        "Năm sau cao hơn năm trước",
        [2, "", 4, 5, 6],
      ],
      ["H2"],
    ],
    [
      "a formula error in a series",
      ["A", Q, "Giải", "giải", "", "Năm sau cao hơn năm trước", [2, "#REF!", 4, 5, 6]],
      ["H2"],
    ],
    [
      "a row with a target",
      ["A", Q, "Tỉ lệ", "%", "", "99%", ["99%", "99%", "", "99%", "99%"]],
      ["I2"],
    ],
    ["a row with no target", ["A", Q, "Số lớp", "lớp", "", "", [10, 11, "", "", 12]], ["I2", "J2"]],
    [
      "the last year still blank",
      ["A", Q, "Tỉ lệ", "%", "", "99%", ["99%", "99%", "99%", "99%"]],
      ["K2"],
    ],
    ["no year filled: no series, nothing to say", ["A", Q, "Tỉ lệ", "%", "", "99%", [], "99%"], []],
  ])("%s", (_case, line, cells) => {
    const { a } = one(line);
    const found = a.problems.filter((p) => p.code === "missing-result");
    expect(found.map((p) => p.cell)).toEqual(cells);
    for (const p of found) expect(p.severity).toBe("warning");
  });
});

describe("rates to keep low", () => {
  it.each<[string, string, string, boolean]>([
    ["Tỉ lệ học sinh bỏ học", "", "dưới 0,5%", true],
    ["Tỉ lệ trẻ suy dinh dưỡng thể thấp còi", "", "3%", true],
    ["Học sinh xếp loại học lực yếu, kém", "", "2%", true],
    ["Tỉ lệ học sinh lưu ban", "", "1%", true],
    ["Duy trì sĩ số, không có học sinh bỏ học", "", "100%", false],
    ["Giáo dục lòng yêu nước cho học sinh", "", "100%", false],
    ["Học sinh lên lớp", "", "98%", false],
    ["Tỉ lệ học sinh bỏ học", "Tối thiểu (≥)", "1%", false],
  ])("%s (kind %j, target %s): lower is better %s", (label, kind, target, lower) => {
    const { v } = one(["A", P, label, "%", kind, target, ["0,3%"]]);
    expect(v.indicator.lowerBetter).toBe(lower);
  });

  it("a bare figure for a rate to keep low is a ceiling: 0,3% against 0,5% exceeds it", () => {
    const { v } = one(["A", P, "Tỉ lệ học sinh bỏ học", "%", "", "0,5%", Array(5).fill("0,3%")]);
    expect(v.indicator.kind).toBe("atMost");
    expect(v.term.judgement).toBe("exceeded");
  });

  it.each<[string, Line, string]>([
    [
      "a yearly series",
      ["A", P, "Tỉ lệ học sinh bỏ học", "%", "", "dưới 0,5%", ["0,3%", "0,2%", "0,1%", "0%", "0%"]],
      "Tỉ lệ học sinh bỏ học năm học 2020-2021 là 0,3%, 2021-2022 là 0,2%",
    ],
    [
      "a term figure",
      ["A", P, "Tỉ lệ trẻ suy dinh dưỡng", "%", "", "", [], "1,2%"],
      "Tỉ lệ trẻ suy dinh dưỡng là 1,2%",
    ],
    [
      "a series with 'hằng năm' in the label",
      ["A", P, "Tỉ lệ học sinh yếu kém hằng năm", "%", "", "dưới 2%", ["1,8%", "1,5%"]],
      "Tỉ lệ học sinh yếu kém năm học 2020-2021 là 1,8%, 2021-2022 là 1,5%",
    ],
  ])("never 'đạt' its figure: %s", (_case, line, words) => {
    const lines = draftLines([line]);
    const l = lines.find((x) => x.includes(words));
    expect(l, lines.join("\n")).toBeDefined();
    expect(l).not.toMatch(/đạt \d/);
  });
});

describe("a result typed where the award lines give it", () => {
  const awards: NamedGrid = {
    name: "Giải thưởng",
    values: [
      ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"],
      ["2020-2021", "Học sinh", "Tỉnh", "Giải Nhì", 2],
      ["2021-2022", "HS", "Cấp tỉnh", "Giải Ba", "3"],
    ],
  };
  const line = (results: CellValue[], term: CellValue = ""): Line => [
    "G1",
    Q,
    "Giải học sinh giỏi cấp tỉnh",
    "giải",
    "",
    "2",
    results,
    term,
  ];
  const found = (l: Line) =>
    analyse(grids([l], [{ ...awards, values: [...awards.values] }]))
      .problems.filter((p) => p.code === "result-differs-from-tally")
      .map((p) => [p.cell, p.severity]);
  // Nguồn số liệu: the source column is appended to the grid built above.
  const withSource = (l: Line) => {
    const g = grids([l], [awards]);
    const tab = g[1]!.values;
    tab[0]!.push("Nguồn số liệu");
    tab[1]!.push("Giải thưởng: Học sinh, Tỉnh");
    return analyse(g).problems.filter((p) => p.code === "result-differs-from-tally");
  };

  it.each<[string, Line, string[]]>([
    ["each year as counted: nothing", line([2, 3]), []],
    ["a year typed otherwise: at its cell", line([2, 4]), ["H2"]],
    ["the term typed otherwise: at its cell", line([], "6"), ["L2"]],
    ["the term as counted: nothing", line([], "5"), []],
  ])("%s", (_case, l, cells) => {
    expect(found(l)).toEqual([]); // without the source column, typed figures are the figures
    expect(withSource(l).map((p) => p.cell)).toEqual(cells);
  });
});

describe("the draft says the scope", () => {
  it.each<[string, Line, string]>([
    [
      "over the term (the issue's words)",
      [
        "DV",
        "Công tác xây dựng Đảng",
        "Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ",
        "người",
        "",
        "3",
        [1, 0, 2, 1, 0],
      ],
      "Trong nhiệm kỳ đã kết nạp 4 quần chúng ưu tú vào Đảng (chỉ tiêu 3: vượt chỉ tiêu).",
    ],
    [
      "by the end of the term",
      [
        "VC",
        "Cơ sở vật chất, kiểm định chất lượng",
        "Số phòng học bộ môn đạt chuẩn đến cuối nhiệm kỳ",
        "phòng",
        "",
        "6",
        [2, 3, 4, 5, 6],
      ],
      "Đến cuối nhiệm kỳ, số phòng học bộ môn đạt chuẩn: 6 phòng (chỉ tiêu 6: đạt chỉ tiêu).",
    ],
    [
      "on average",
      ["CC", Q, "Tỉ lệ chuyên cần bình quân", "%", "", "98%", ["97%", "99%", "99%", "99%", "99%"]],
      "Bình quân các năm học, tỉ lệ chuyên cần đạt 98,6% (chỉ tiêu 98%: vượt chỉ tiêu).",
    ],
    [
      "in one school year",
      [
        "TD",
        "Danh hiệu thi đua",
        "Công nhận lại trường chuẩn quốc gia trong năm học 2022-2023",
        "mức/danh hiệu",
        "",
        "Mức độ 1",
        ["", "", "Mức độ 2"],
      ],
      "Trong năm học 2022-2023, công nhận lại trường chuẩn quốc gia: Mức độ 2 (chỉ tiêu Mức độ 1: vượt chỉ tiêu).",
    ],
  ])("%s", (_case, line, sentence) => {
    const lines = draftLines([line]);
    expect(lines, lines.join("\n")).toContain(sentence);
  });

  it("the table says what the result is: a sum, a mean, one year's figure", () => {
    const lines = draftLines([
      [
        "DV",
        Q,
        "Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ",
        "người",
        "",
        "3",
        [1, 0, 2, 1, 0],
      ],
      [
        "VC",
        Q,
        "Số phòng học bộ môn đạt chuẩn đến cuối nhiệm kỳ",
        "phòng",
        "",
        "6",
        [2, 3, 4, 5, 6],
      ],
    ]);
    expect(lines).toContain("4 người (cộng các năm học)");
    expect(lines).toContain("6 phòng (năm học 2024-2025)");
  });
});
