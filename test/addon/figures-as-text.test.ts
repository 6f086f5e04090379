/**
 * Issue 8, "dates in text columns", in the add-on: set-up formats the empty cells of the
 * target, result and next-term columns as plain text ("@"), so that "4-5" typed afterwards
 * stays "4-5"; a cell Sheets did turn into a date (getValues gives a Date) is a warning at its
 * cell and a gap in the draft, never the date.
 */
import { describe, expect, it } from "vitest";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { draftText } from "../support/draft-text.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { analyseFake, load, sheet } from "./harness.js";

const FIGURE_HEADERS: readonly string[] = [HEADERS.target, HEADERS.termResult, HEADERS.nextTarget];

/** Columns (0-based) of the indicators tab's figures: target, results, next-term target. */
function figureColumns(header: readonly unknown[]): number[] {
  return header
    .map((h, c) => ({ h: String(h), c }))
    .filter(({ h }) => FIGURE_HEADERS.includes(h) || /^Kết quả \d{4}-\d{4}$/.test(h))
    .map(({ c }) => c);
}

describe("set-up formats the figure columns as plain text", () => {
  it("on an empty spreadsheet: every data cell of those columns, no other column", async () => {
    const world = await load(FakeSpreadsheet.fromGrids([{ name: "Trang tính1", values: [] }]));
    world.call("setUpSheet");
    const s = sheet(world.ss, TAB_NAMES.indicators);
    const header = s._grid()[0]!;
    const figures = figureColumns(header);
    expect(figures.length).toBeGreaterThanOrEqual(6);
    const formats = s.getRange(2, 1, s.getMaxRows() - 1, header.length).getNumberFormats();
    header.forEach((h, c) => {
      const distinct = [...new Set(formats.map((r) => r[c]))];
      expect([h, distinct]).toEqual([h, figures.includes(c) ? ["@"] : ["General"]]);
    });
    // Typed afterwards, "4-5" stays the text it is, and is read as the range it is.
    s._typeByHand(1, header.indexOf(HEADERS.code), "X1");
    s._typeByHand(1, header.indexOf(HEADERS.label), "Giáo viên dạy giỏi cấp tỉnh");
    s._typeByHand(1, figures[1]!, "4-5");
    expect(s._grid()[1]![figures[1]!]).toBe("4-5");
    expect(analyseFake(world.ss).problems.map((p) => p.code)).not.toContain("date-in-figure");
  });

  it("on the sample: empty figure cells become text, filled cells keep their format", async () => {
    const ss = FakeSpreadsheet.fromGrids(templateGrids(SAMPLE));
    const s = sheet(ss, TAB_NAMES.indicators);
    const header = s._grid()[0]!;
    const figures = figureColumns(header);
    const row = s._grid().findIndex((r) => r[0] === "KT1");
    // A percent stored as a number, shown through its format: the format stays.
    s._values[row]![figures[1]!] = 0.84;
    s._formats.set(`${row},${figures[1]}`, "0.0%");
    const world = await load(ss);
    world.call("setUpSheet");
    expect(s._formats.get(`${row},${figures[1]}`)).toBe("0.0%");
    const grid = s._grid();
    for (let r = 1; r < s.getMaxRows(); r++)
      for (const c of figures)
        if ((grid[r]?.[c] ?? "") === "")
          expect([r, c, s._formats.get(`${r},${c}`)]).toEqual([r, c, "@"]);
    // The second run finds nothing to do.
    ss._calls.reset();
    world.call("setUpSheet");
    expect(ss._calls.get("Range.setNumberFormats")).toBe(0);
    expect(ss._calls.writes()).toBe(0);
  });
});

describe("a cell Sheets turned into a date (getValues gives a Date)", () => {
  it("is a warning at its cell and a gap in the draft, never the date", async () => {
    const ss = FakeSpreadsheet.fromGrids(templateGrids(SAMPLE));
    const s = sheet(ss, TAB_NAMES.indicators);
    const header = s._grid()[0]!;
    const row = s._grid().findIndex((r) => r[0] === "KT1");
    const column = header.indexOf("Kết quả 2020-2021");
    s._typeByHand(row, column, "4-5");
    expect(s._grid()[row]![column]).toBeInstanceOf(Date);
    const analysis = analyseFake(ss);
    const cell = `${String.fromCharCode(65 + column)}${row + 1}`;
    expect(
      analysis.problems
        .filter((p) => p.code === "date-in-figure")
        .map((p) => `${p.severity} ${p.tab}!${p.cell}`),
    ).toEqual([`warning ${TAB_NAMES.indicators}!${cell}`]);
    const t = draftText(buildDraft(analysis));
    expect(t.all).toContain(`[chưa có số liệu: ${TAB_NAMES.indicators}!${cell}]`);
    expect(t.all).not.toMatch(/0?4\/0?5\/\d{4}/);
  });
});
