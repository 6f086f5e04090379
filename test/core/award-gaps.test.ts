/**
 * A school year with no award line for a level is a gap, never 0 (issue 8 "Never an invented
 * figure"): "–" in the draft's table and the summary, no bar in the chart, no figure for the
 * indicator counted from the lines, and a warning asking whether there was none. A line typed
 * with 0 says "none": it reads 0 and is no gap.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { barChartSvg, prizeChart } from "../../src/core/outputs/chart.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../src/core/outputs/draft/model.js";
import { buildSummary, columnOf } from "../../src/core/outputs/summary.js";
import type { CellValue } from "../../src/core/workbook/parse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { type TemplateData, templateGrids } from "../../src/core/workbook/template.js";

type Row = Record<string, CellValue>;
const YEARS = ["2020-2021", "2021-2022", "2022-2023"];
const prize = (schoolYear: string, level: string, count: CellValue): Row => ({
  schoolYear,
  recipient: "Học sinh",
  level,
  award: "Giải học sinh giỏi",
  count,
});

/** District prizes 5, none typed, 9; city prizes 2, a line of 0, 3. */
const AWARDS = [
  prize("2020-2021", "Huyện / Quận", 5),
  prize("2022-2023", "Huyện / Quận", 9),
  prize("2020-2021", "Thành phố / Tỉnh", 2),
  prize("2021-2022", "Thành phố / Tỉnh", 0),
  prize("2022-2023", "Thành phố / Tỉnh", 3),
];

/** A yearly-growth target counted from the district lines. */
const GROWTH: Row = {
  code: "HS1",
  section: "Chất lượng giáo dục toàn diện",
  label: "Giải học sinh cấp huyện",
  unit: "giải",
  kind: "Năm sau cao hơn năm trước",
  target: "Năm sau cao hơn năm trước",
  source: "Giải thưởng: Học sinh, Huyện",
};

const DATA: TemplateData = {
  ...SAMPLE,
  schoolYears: YEARS,
  info: { ...SAMPLE.info, province: "Thành phố Hà Nội" },
  rows: { ...SAMPLE.rows, indicators: [GROWTH], awards: AWARDS },
  results: {},
};

const a = analyse(templateGrids(DATA));
const draft = buildDraft(a);

describe("a year with no award line for a level", () => {
  it("is '–' in the draft's table; a typed 0 is 0", () => {
    const table = draft.blocks.find((b) => b.kind === "table" && b.header[0] === "Năm học");
    expect(table?.kind).toBe("table");
    if (table?.kind !== "table") return;
    expect(table.header).toEqual(["Năm học", "Cấp thành phố", "Cấp huyện"]);
    expect(table.rows.map((r) => r.map(runsText))).toEqual([
      ["2020-2021", "2", "5"],
      ["2021-2022", "0", "–"],
      ["2022-2023", "3", "9"],
    ]);
  });

  it("has no bar in the chart; a typed 0 is drawn as 0", () => {
    const chart = prizeChart(a.evaluation.awards, a.workbook)!;
    expect(chart.series).toEqual([
      { label: "Cấp thành phố", counts: [2, 0, 3] },
      { label: "Cấp huyện", counts: [5, null, 9] },
    ]);
    const svg = barChartSvg(chart);
    // Background and two legend keys are rects too: 5 bars, not 6.
    expect(svg.match(/<rect /g)).toHaveLength(1 + 2 + 5);
    expect(svg).toMatch(/>0<\/text>/);
  });

  it("is '–' in the summary (the archive's first tab), never 0", () => {
    const s = buildSummary(a.workbook, a.evaluation, a.problems).find(
      (x) => x.id === "awardSeries",
    )!;
    const district = s.rows.find((r) => r[1]!.v === "Huyện / Quận")!;
    const years = [0, 1, 2].map((n) => district[columnOf(s, "year", n)]!.v);
    expect(years).toEqual([5, "–", 9]);
  });

  it("gives the indicator counted from the lines no figure, and its growth no judgement", () => {
    const v = a.evaluation.indicators.find((x) => x.indicator.code === "HS1")!;
    expect(v.years.map((y) => y.value)).toEqual([5, null, 9]);
    // 5 → (none) → 9 is not "5 → 0 → 9": nothing says a year fell short.
    expect(v.term.judgement).not.toBe("notMet");
    const series = a.evaluation.awards.series.find((x) => x.level === "district")!;
    expect(series.counts).toEqual([5, null, 9]);
    expect(series.judgement).toBe("noData");
  });

  it("inside a series is a warning that asks; a line of 0 is none, and no gap", () => {
    const gaps = a.problems.filter((p) => p.code === "award-year-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.severity).toBe("warning");
    expect(gaps[0]!.tab).toBe("Giải thưởng");
    expect(gaps[0]!.message).toContain(
      "Không có dòng giải thưởng nào của học sinh cấp huyện năm học 2021-2022",
    );
    expect(gaps[0]!.message).toContain("không có giải, hay chưa nhập?");
  });

  it("is never written as 0 giải in the draft", () => {
    const text = draftRuns(draft).map(runsText).join("\n");
    expect(text).not.toMatch(/2021-2022[^.\n]*\b0 giải cấp huyện/);
    expect(text).toContain("Năm học 2022-2023: 3 giải cấp thành phố, 9 giải cấp huyện.");
  });

  it("before or after the lines of a series is no gap (a series starts and ends)", () => {
    const only = analyse(
      templateGrids({
        ...DATA,
        rows: {
          ...DATA.rows,
          awards: [prize("2021-2022", "Huyện", 4), prize("2022-2023", "Huyện", 6)],
        },
      }),
    );
    expect(only.problems.filter((p) => p.code === "award-year-gap")).toEqual([]);
  });
});
