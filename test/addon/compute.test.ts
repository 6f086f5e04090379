/** Compute against the core, twice, under a busy lock and when the service fails. */
import { describe, expect, it } from "vitest";
import { ADDON } from "../../src/addon/messages.vi.js";
import { SUMMARY } from "../../src/core/i18n/messages.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import { buildSummary, summaryGrid } from "../../src/core/outputs/summary.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { load, sheet, valuesOf } from "./harness.js";

async function computedSample() {
  const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
  world.call("setUpSheet");
  world.ss._calls.reset();
  world.call("computeResults");
  return world;
}

describe("compute", () => {
  it("writes the same judgements, gaps and trends as the core", async () => {
    const world = await computedSample();
    expect(world.ui._alerts).toEqual([]);
    const core = analyse(templateGrids(SAMPLE));
    const grid = sheet(world.ss, TAB_NAMES.indicators)._grid();
    const header = grid[0]!;
    const col = (h: string) => header.indexOf(h);
    expect(core.evaluation.indicators.length).toBeGreaterThan(20);
    for (const v of core.evaluation.indicators) {
      const row = grid[v.indicator.row]!;
      const want = computedCells(v);
      expect(row[col(HEADERS.code)]).toBe(v.indicator.code);
      expect(row[col(HEADERS.judgement)]).toBe(want.judgement);
      expect(row[col(HEADERS.yearJudgements)]).toBe(want.yearJudgements);
      expect(row[col(HEADERS.gap)]).toBe(want.gap);
      expect(row[col(HEADERS.trend)]).toBe(want.trend);
    }
    // The hand-written report's unsupported claim stays unsupported.
    const ht1 = grid.find((r) => r[col(HEADERS.code)] === "HT1")!;
    expect(ht1[col(HEADERS.judgement)]).toBe("✘ Chưa đạt");
    expect(world.ss._ambiguous).toEqual([]);
  });

  it("writes the summary tab as the core lays it out, with sparklines for yearly series", async () => {
    const world = await computedSample();
    const core = analyse(templateGrids(SAMPLE));
    const w = core.workbook;
    const { grid, placed } = summaryGrid(
      SUMMARY.title(w.info.values.unitName ?? "", w.info.values.term ?? ""),
      buildSummary(w, core.evaluation, core.problems),
    );
    const summary = sheet(world.ss, TAB_NAMES.summary);
    const written = summary._grid();
    const series = placed.find((p) => p.section.id === "series")!;
    expect(series.section.rows.length).toBeGreaterThan(3);
    const chartColumn = series.section.header.length - 1;
    for (let r = 0; r < grid.length; r++) {
      for (let c = 0; c < grid[r]!.length; c++) {
        const inSeries =
          r >= series.titleRow + 2 && r < series.titleRow + 2 + series.section.rows.length;
        if (inSeries && c === chartColumn) {
          expect(written[r]![c]).toBe(`=SPARKLINE(D${r + 1}:F${r + 1})`);
        } else {
          expect(written[r]?.[c] ?? "").toEqual(grid[r]![c] ?? "");
        }
      }
    }
    // Percents are stored as fractions and shown as percents.
    const pct = series.section.rows.findIndex((row) => row[3]?.f === "percent");
    expect(pct).toBeGreaterThanOrEqual(0);
    expect(summary._formats.get(`${series.titleRow + 2 + pct},3`)).toBe("0.0%");
    expect(summary._weights.get(`${series.titleRow},0`)).toBe("bold");
    // The tab is the add-on's: a warning greets anyone typing there.
    expect(summary._protections.map((p) => [p._range, p._warningOnly])).toEqual([
      [undefined, true],
    ]);
  });

  it("reads each tab once and writes each tab once", async () => {
    const world = await computedSample();
    const calls = world.ss._calls;
    // The six schema tabs, and the summary's own cells (values, formulas, formats, weights).
    expect(calls.get("Range.getValues")).toBe(7);
    expect(calls.get("Range.getFormulas")).toBe(1);
    expect(calls.get("Range.getNumberFormats")).toBe(1);
    expect(calls.get("Range.getFontWeights")).toBe(1);
    // Chỉ tiêu's computed columns, and the summary.
    expect(calls.get("Range.setValues")).toBe(2);
    // Set-up and compute each took and released the lock.
    expect(world.lock._acquired).toBe(2);
    expect(world.lock._released).toBe(2);
    expect(world.ss._toasts.at(-1)).toMatch(/^Đã tính \d+ chỉ tiêu/);
  });

  it("gives the same sheet when run twice", async () => {
    const world = await computedSample();
    const once = valuesOf(world.ss);
    const formats = new Map(sheet(world.ss, TAB_NAMES.summary)._formats);
    world.call("computeResults");
    expect(valuesOf(world.ss)).toEqual(once);
    expect(new Map(sheet(world.ss, TAB_NAMES.summary)._formats)).toEqual(formats);
  });

  it("writes nothing and says so plainly when someone else holds the lock", async () => {
    for (const action of ["setUpSheet", "computeResults", "formatSheet", "drawCharts"]) {
      const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
      const before = valuesOf(world.ss);
      world.lock._busy = true;
      world.call(action);
      expect(world.ss._calls.writes(), action).toBe(0);
      expect(world.ss._toasts, action).toEqual([]);
      expect(world.ui._alerts, action).toEqual([ADDON.busy]);
      expect(valuesOf(world.ss), action).toEqual(before);
    }
  });

  it("releases the lock and explains when an action fails", async () => {
    const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
    sheet(world.ss, TAB_NAMES.indicators)._failWrites = true;
    world.call("computeResults");
    expect(world.lock._acquired).toBe(1);
    expect(world.lock._released).toBe(1);
    expect(world.lock._held).toBe(false);
    expect(world.ui._alerts).toHaveLength(1);
    // Said in Vietnamese; Apps Script's English goes to the log only.
    expect(world.ui._alerts[0]).toBe(ADDON.failed(ADDON.errorService));
    expect(world.ui._alerts[0]).not.toMatch(/Service|failed|document/);
    expect(world.errors).toHaveLength(1);
    expect(String(world.errors[0])).toMatch(/Service Spreadsheets failed/);
  });

  it("asks for set-up when there is no Chỉ tiêu tab", async () => {
    const world = await load(FakeSpreadsheet.fromGrids([{ name: "Trang tính1", values: [] }]));
    world.call("computeResults");
    expect(world.ss._toasts).toContain(ADDON.noIndicatorTab);
    expect(world.ss._calls.get("Range.setValues")).toBe(0);
  });
});
