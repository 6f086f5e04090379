/**
 * Issue 8, levels by period: an indicator that counts award lines "cấp huyện" in a term that
 * crosses the 1 July 2025 reform. Before it, the district lines count; from 2025-2026 on
 * there is no district, and the lines of the level that replaced it (LEVEL_SUCCESSORS:
 * "cấp xã/phường") count instead, judged against the same target, with a note at the year's
 * cell and the level named beside the figure in the draft. A district line typed after the
 * reform is not counted (it is already a warning: a level that did not exist that year).
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { countedLevel } from "../../src/core/workbook/levels.js";
import { type TemplateData, templateGrids } from "../../src/core/workbook/template.js";
import { draftText } from "../support/draft-text.js";

const YEARS = ["2023-2024", "2024-2025", "2025-2026"];

type Line = readonly [year: string, level: string, count: number];

function workbook(source: string, label: string, target: string, lines: readonly Line[]) {
  const data: TemplateData = {
    schoolYears: YEARS,
    info: { unitName: "Chi bộ Trường THCS Thử", term: "2023-2026", nextTerm: "2026-2031" },
    rows: {
      indicators: [
        {
          code: "HS1",
          section: "Chất lượng giáo dục toàn diện",
          group: "",
          label,
          unit: "giải",
          target,
          source,
        },
      ],
      awards: lines.map(([schoolYear, level, count]) => ({
        schoolYear,
        recipient: "Học sinh",
        level,
        award: "Giải học sinh giỏi",
        count,
      })),
    },
    results: {},
  };
  return templateGrids(data);
}

const DISTRICT = "Giải thưởng: Học sinh, Huyện";

describe("countedLevel: the level whose lines count, by school year", () => {
  it.each([
    ["district", "2024-2025", "district"],
    ["district", "2025-2026", "commune"],
    ["district", "2030-2031", "commune"],
    ["commune", "2024-2025", "commune"],
    ["commune", "2025-2026", "commune"],
    ["city", "2025-2026", "city"],
    ["school", "2025-2026", "school"],
    ["district", "", "district"],
  ] as const)("%s in %s → %s", (level, year, counted) => {
    expect(countedLevel(level, year)).toBe(counted);
  });
});

describe("an indicator counting district lines, in a term across the reform", () => {
  const cases: {
    name: string;
    source: string;
    label: string;
    target: string;
    lines: readonly Line[];
    figures: (number | null)[];
    judgement: string;
    noted: string[];
    draft: string[];
  }[] = [
    {
      name: "district lines before, commune lines after",
      source: DISTRICT,
      label: "Giải học sinh giỏi cấp huyện hằng năm",
      target: "từ 5 giải trở lên",
      lines: [
        ["2023-2024", "Huyện", 6],
        ["2024-2025", "Huyện", 7],
        ["2025-2026", "Xã", 8],
      ],
      figures: [6, 7, 8],
      judgement: "exceeded",
      noted: ["2025-2026"],
      draft: ["2025-2026 đạt 8 giải (cấp xã/phường)"],
    },
    {
      name: "a district line typed after the reform, no commune line",
      source: DISTRICT,
      label: "Giải học sinh giỏi cấp huyện hằng năm",
      target: "từ 5 giải trở lên",
      lines: [
        ["2023-2024", "Huyện", 6],
        ["2024-2025", "Huyện", 7],
        ["2025-2026", "Huyện", 9],
      ],
      figures: [6, 7, null],
      judgement: "noData",
      // Said too: it is why the district line typed in 2025-2026 is not counted.
      noted: ["2025-2026"],
      draft: [
        "[chưa có số liệu: Giải thưởng — chưa có dòng năm học 2025-2026, Học sinh, Xã / Phường]",
      ],
    },
    {
      name: "a target over the term sums both levels",
      source: DISTRICT,
      label: "Giải học sinh giỏi cấp huyện trong nhiệm kỳ",
      target: "12",
      lines: [
        ["2023-2024", "Huyện", 4],
        ["2024-2025", "Huyện", 5],
        ["2025-2026", "Phường", 3],
      ],
      figures: [4, 5, 3],
      judgement: "met",
      noted: ["2025-2026"],
      draft: ["12"],
    },
    {
      name: "a province source is the same every year",
      source: "Giải thưởng: Học sinh, Tỉnh",
      label: "Giải học sinh giỏi cấp tỉnh hằng năm",
      target: "từ 1 giải trở lên",
      lines: [
        ["2023-2024", "Tỉnh", 1],
        ["2024-2025", "Tỉnh", 2],
        ["2025-2026", "Tỉnh", 2],
        ["2025-2026", "Xã", 5],
      ],
      figures: [1, 2, 2],
      judgement: "exceeded",
      noted: [],
      draft: ["2025-2026 đạt 2 giải"],
    },
  ];

  it.each(cases)("$name", (c) => {
    const grids = workbook(c.source, c.label, c.target, c.lines);
    const analysis = analyse(grids);
    const v = analysis.evaluation.indicators[0]!;
    expect(
      v.years.map((y) => (y.figure.measure?.kind === "amount" ? y.figure.measure.low : null)),
    ).toEqual(c.figures);
    expect(v.term.judgement).toBe(c.judgement);
    const notes = analysis.problems.filter((p) => p.code === "level-replaced");
    expect(notes.map((p) => p.severity)).toEqual(c.noted.map(() => "info"));
    for (const year of c.noted) {
      expect(notes[0]!.message).toContain(`năm học ${year}`);
      expect(notes[0]!.message).toContain("cấp huyện");
      expect(notes[0]!.message).toContain("cấp xã/phường");
      // At the year's result cell of the indicator's row.
      const header = grids.find((g) => g.name === "Chỉ tiêu")!.values[0]!;
      const column = header.indexOf(`Kết quả ${year}`);
      expect(notes[0]!.cell).toBe(`${String.fromCharCode(65 + column)}2`);
    }
    const t = draftText(buildDraft(analysis));
    const line = t.line(c.label.slice(1, 24));
    for (const words of c.draft) expect(line).toContain(words);
  });
});
