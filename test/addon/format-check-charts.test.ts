/** Format, check and charts on the sample. */
import { describe, expect, it } from "vitest";
import { ADDON } from "../../src/addon/messages.vi.js";
import { a1, columnLetter } from "../../src/core/base/text.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { JUDGEMENT_COLOURS } from "../../src/core/outputs/archive.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { judgementText } from "../../src/core/workbook/format.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import {
  BooleanCriteria,
  ChartType,
  FakeBooleanCondition,
  type FakeChart,
  FakeConditionalFormatRule,
} from "./fakes/builders.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { load, sheet, valuesOf } from "./harness.js";

async function sampleWorld() {
  const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
  world.call("setUpSheet");
  world.call("computeResults");
  world.ss._calls.reset();
  return world;
}

describe("format", () => {
  it("colours judgements with one rule call per sheet and keeps the users' rules", async () => {
    const world = await sampleWorld();
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const theirs = new FakeConditionalFormatRule(
      [indicators._range(2, 1, 5, 1)],
      new FakeBooleanCondition(BooleanCriteria.CELL_EMPTY, [], "#ff0000", null),
    );
    indicators._rules = [theirs];
    const before = valuesOf(world.ss);
    world.call("formatSheet");
    expect(valuesOf(world.ss)).toEqual(before);
    expect(world.ss._calls.get("Sheet.setConditionalFormatRules")).toBe(2);
    expect(indicators._rules[0]).toBe(theirs);
    const texts = indicators._rules
      .slice(1)
      .map((r) => r.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(texts).toEqual([
      judgementText("exceeded"),
      judgementText("met"),
      judgementText("notMet"),
      judgementText("noData"),
      "✘",
    ]);
    // The same colours as the archive export, so a judgement looks alike in both.
    const notMet = indicators._rules[3]!.getBooleanCondition()!;
    expect(notMet.getBackground()).toBe(`#${JUDGEMENT_COLOURS.notMet.fill.slice(2)}`.toLowerCase());
    expect(notMet.getFontColor()).toBe(`#${JUDGEMENT_COLOURS.notMet.font.slice(2)}`.toLowerCase());
    const header = indicators._grid()[0]!;
    const judgement = header.indexOf(HEADERS.judgement) + 1;
    const letter = columnLetter(judgement - 1);
    expect(indicators._rules[1]!.getRanges()[0]!.getA1Notation()).toBe(`${letter}2:${letter}1000`);
    // The summary's judgements are coloured too.
    expect(sheet(world.ss, TAB_NAMES.summary)._rules).toHaveLength(4);

    world.ss._calls.reset();
    world.call("formatSheet");
    expect(world.ss._calls.get("Sheet.setConditionalFormatRules")).toBe(0);
    expect(indicators._rules).toHaveLength(6);
  });

  it("shows fractions in percent rows as percents and amounts in đồng with grouping", async () => {
    const world = await sampleWorld();
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const grid = indicators._grid();
    const header = grid[0]!;
    const row = grid.findIndex((r) => r[header.indexOf(HEADERS.code)] === "NL1");
    const year = header.indexOf("Kết quả 2019-2020");
    indicators._set(row, year, 0.993);
    indicators._formats.set(`${row},${year + 1}`, "@");
    world.call("formatSheet");
    expect(indicators._formats.get(`${row},${year}`)).toBe("0.0%");
    // A text result keeps the format someone gave it.
    expect(indicators._formats.get(`${row},${year + 1}`)).toBe("@");
    expect(indicators._weights.get("0,0")).toBe("bold");
    const funding = sheet(world.ss, TAB_NAMES.funding);
    const amount = funding._grid()[0]!.indexOf(HEADERS.amount);
    expect(funding._formats.get(`1,${amount}`)).toBe("#,##0");
    expect(indicators._values[row]![year]).toBe(0.993);
  });
});

describe("check", () => {
  it("lists problems with tab and cell, escaped, each with a jump that exists", async () => {
    const world = await sampleWorld();
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const header = indicators._grid()[0]!;
    const year = header.indexOf("Kết quả 2020-2021");
    indicators._set(3, year, '<img src=x onerror="alert(1)">');
    world.call("checkSheet");
    expect(world.ss._calls.writes()).toBe(0);
    const html = world.ui._sidebars[0]!.getContent();
    expect(world.ui._sidebars[0]!._title).toBe(ADDON.checkTitle);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    const cell = a1(3, year);
    expect(html).toContain(`${TAB_NAMES.indicators}!${cell}`);
    expect(html).toContain(`data-cell="${cell}"`);
    const called = /google\.script\.run[\s\S]*?\.(\w+)\(b\.getAttribute/.exec(html)?.[1];
    expect(called).toBe("goToCell");
    expect(typeof world.context[called!]).toBe("function");
    world.call("goToCell", TAB_NAMES.indicators.normalize("NFD"), cell);
    expect(world.ss._active).toEqual({ sheet: TAB_NAMES.indicators, range: cell });
    expect(() => world.call("goToCell", TAB_NAMES.indicators, "A1:Z9")).toThrow(
      /không phải địa chỉ ô/,
    );
    expect(() => world.call("goToCell", "Không có", "A1")).toThrow(/Không tìm thấy trang/);
  });
});

describe("charts", () => {
  it("draws prizes by level and key rates, kept rather than drawn again or duplicated", async () => {
    const world = await sampleWorld();
    world.call("drawCharts");
    const tab = sheet(world.ss, TAB_NAMES.charts);
    const first = tab._charts.map((c) => c.getChartId());
    expect(tab._charts.map((c) => (c as FakeChart)._type)).toEqual([
      ChartType.COLUMN,
      ChartType.LINE,
    ]);
    world.call("drawCharts");
    expect(tab._charts).toHaveLength(2);
    // Nothing changed: the same charts stay (test/addon/incremental.test.ts redraws one).
    expect(tab._charts.map((c) => c.getChartId())).toEqual(first);
    const grid = tab._grid();
    const core = analyse(templateGrids(SAMPLE));
    const levelsHeader = grid[0]!;
    expect(levelsHeader[0]).toBe(HEADERS.schoolYear);
    // Pupils' prizes, as in the report and the draft's chart: city 2/5/12, district 12/20/29.
    expect(levelsHeader.slice(1).filter((h) => h !== "")).toEqual(["Cấp thành phố", "Cấp huyện"]);
    const byYear = core.workbook.schoolYears.map((y) => grid.find((r) => r[0] === y)!.slice(1, 3));
    expect(byYear).toEqual([
      [2, 12],
      [5, 20],
      [12, 29],
    ]);
    // Rates are fractions shown as percents.
    const rates = grid.findIndex((r, i) => i > 0 && r[0] === HEADERS.schoolYear);
    expect(rates).toBeGreaterThan(0);
    expect(typeof grid[rates + 1]![1]).toBe("number");
    expect(tab._formats.get(`${rates + 1},1`)).toBe("0.0%");
    expect(world.ss._ambiguous).toEqual([]);
  });
});
