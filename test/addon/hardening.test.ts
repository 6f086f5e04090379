/**
 * The add-on as a first-time user meets it: "Cập nhật tất cả" in one lock, writes flushed
 * before the "done" toast, computed columns protected over rows added later, and failures
 * said in Vietnamese whatever English Apps Script throws.
 */
import { describe, expect, it } from "vitest";
import { UserMessage, userMessage } from "../../src/addon/errors.js";
import { ADDON } from "../../src/addon/messages.vi.js";
import { columnLetter } from "../../src/core/base/text.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { load, sheet, valuesOf } from "./harness.js";

const sample = () => load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));

describe("Cập nhật tất cả", () => {
  it("does what compute, format and charts do one after another, in one hold of the lock", async () => {
    const one = await sample();
    one.call("updateAll");
    const three = await sample();
    for (const action of ["computeResults", "formatSheet", "drawCharts"]) three.call(action);
    expect(one.ui._alerts).toEqual([]);
    expect(valuesOf(one.ss)).toEqual(valuesOf(three.ss));
    for (const name of [TAB_NAMES.indicators, TAB_NAMES.summary, TAB_NAMES.charts]) {
      const a = sheet(one.ss, name);
      const b = sheet(three.ss, name);
      expect([name, a._rules.length, a._charts.length, a._formats.size]).toEqual([
        name,
        b._rules.length,
        b._charts.length,
        b._formats.size,
      ]);
    }
    expect(sheet(one.ss, TAB_NAMES.charts)._charts).toHaveLength(2);
    expect(one.lock._acquired).toBe(1);
    expect(one.lock._released).toBe(1);
    expect(three.lock._acquired).toBe(3);
    expect(one.ss._toasts.at(-1)).toMatch(/^Đã cập nhật tất cả: tính \d+ chỉ tiêu/);
  });

  it("reads the tabs for compute once and hands the analysis to the charts", async () => {
    const one = await sample();
    one.ss._calls.reset();
    one.call("updateAll");
    const reads = one.ss._calls.get("Range.getValues");
    const three = await sample();
    three.ss._calls.reset();
    for (const action of ["computeResults", "formatSheet", "drawCharts"]) three.call(action);
    expect(reads).toBeLessThan(three.ss._calls.get("Range.getValues"));
  });

  it("writes nothing when someone else holds the lock", async () => {
    const world = await sample();
    const before = valuesOf(world.ss);
    world.lock._busy = true;
    world.call("updateAll");
    expect(world.ss._calls.writes()).toBe(0);
    expect(world.ui._alerts).toEqual([ADDON.busy]);
    expect(valuesOf(world.ss)).toEqual(before);
  });
});

describe("the done toast", () => {
  it.each(["setUpSheet", "computeResults", "formatSheet", "drawCharts", "updateAll"])(
    "%s: comes after SpreadsheetApp.flush(), so what it announces is on the sheet",
    async (action) => {
      const world = await sample();
      world.call(action);
      expect(world.ss._toasts.length).toBeGreaterThan(0);
      // The last flush came right before the last toast.
      expect(world.ss._flushes.at(-1)).toBe(world.ss._toasts.length - 1);
    },
  );
});

describe("protection of the computed columns", () => {
  it("covers rows added after set-up", async () => {
    const world = await load(new FakeSpreadsheet());
    world.call("setUpSheet");
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const header = indicators._grid()[0]!;
    const judgement = header.indexOf(HEADERS.judgement) + 1;
    const trend = header.indexOf(HEADERS.trend) + 1;
    const [protection] = indicators._protections;
    const rows = indicators.getMaxRows();
    indicators.insertRowsAfter(rows, 4000);
    const range = protection!._range!;
    expect(range._covers(rows + 4000, judgement)).toBe(true);
    expect(range._covers(rows + 4000, trend)).toBe(true);
    expect(range._covers(rows + 4000, judgement - 1)).toBe(false);
    expect(range._covers(rows + 4000, trend + 1)).toBe(false);
  });

  it("replaces an older protection of ours over a fixed row range, and keeps other people's", async () => {
    const world = await sample();
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const header = indicators._grid()[0]!;
    const judgement = columnLetter(header.indexOf(HEADERS.judgement));
    const trend = columnLetter(header.indexOf(HEADERS.trend));
    indicators
      .getRange(`${judgement}1:${trend}1000`)
      .protect()
      .setDescription(ADDON.computedNote)
      .setWarningOnly(true);
    indicators.getRange("A1:A5").protect().setDescription("Khoá của cô Hà");
    world.call("setUpSheet");
    const left = indicators._protections.map((p) => [
      p.getDescription(),
      p.getRange().getA1Notation(),
    ]);
    expect(left).toEqual([
      ["Khoá của cô Hà", "A1:A5"],
      [ADDON.computedNote, `${judgement}:${trend}`],
    ]);
    world.ss._calls.reset();
    world.call("setUpSheet");
    expect(world.ss._calls.writes()).toBe(0);
  });
});

describe("failures are said in Vietnamese", () => {
  it.each([
    ["Service Spreadsheets failed while accessing document with id 1AbC.", ADDON.errorService],
    ["Service Spreadsheets timed out while accessing document with id 1AbC.", ADDON.errorTimeout],
    ["Exceeded maximum execution time", ADDON.errorTimeout],
    ["Service invoked too many times for one day: spreadsheets.", ADDON.errorQuota],
    [
      "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.",
      ADDON.errorProtected,
    ],
    [
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
      ADDON.errorTooBig,
    ],
    [
      "You do not have permission to call SpreadsheetApp.getActive. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
      ADDON.errorPermission,
    ],
    ["Authorization is required to perform that action.", ADDON.errorPermission],
    ["We're sorry, a server error occurred. Please wait a bit and try again.", ADDON.errorService],
    ["Cannot read properties of undefined (reading 'getRange')", ADDON.errorUnknown],
    ["Exception: Range not found", ADDON.errorUnknown],
  ])("%s", (english, vietnamese) => {
    expect(userMessage(new Error(english))).toBe(vietnamese);
    // Thrown as a plain object or a string by some services.
    expect(userMessage({ message: english })).toBe(vietnamese);
    expect(userMessage(english)).toBe(vietnamese);
  });

  it("passes the add-on's own Vietnamese messages through", () => {
    expect(userMessage(new UserMessage(ADDON.noSuchTab("Chỉ tiu")))).toBe(
      ADDON.noSuchTab("Chỉ tiu"),
    );
  });

  it("when a read fails in Kiểm tra dữ liệu (no lock), with the English only in the log", async () => {
    const world = await sample();
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    indicators.getDataRange = () => {
      throw new Error("Service Spreadsheets timed out while accessing document with id 1AbC.");
    };
    world.call("checkSheet");
    expect(world.ui._alerts).toEqual([ADDON.failed(ADDON.errorTimeout)]);
    expect(world.ui._sidebars).toEqual([]);
    expect(String(world.errors[0])).toContain("timed out");
  });

  it("when the sidebar's jump fails, it gets Vietnamese back", async () => {
    const world = await sample();
    expect(() => world.call("goToCell", "Không có", "A1")).toThrow(ADDON.noSuchTab("Không có"));
    expect(() => world.call("goToCell", TAB_NAMES.indicators, "ZZZ")).toThrow(ADDON.badCell("ZZZ"));
    sheet(world.ss, TAB_NAMES.indicators).activate = () => {
      throw new Error("Exception: The sheet is being deleted");
    };
    let thrown: unknown;
    try {
      world.call("goToCell", TAB_NAMES.indicators, "A1");
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toBe(ADDON.errorUnknown);
    expect(world.errors.map(String).join()).toContain("being deleted");
  });

  it("every known message and the fallback are Vietnamese, with no English service text", () => {
    const all = [
      ADDON.errorService,
      ADDON.errorTimeout,
      ADDON.errorQuota,
      ADDON.errorProtected,
      ADDON.errorTooBig,
      ADDON.errorPermission,
      ADDON.errorUnknown,
    ];
    for (const m of all) {
      expect(m).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(m).not.toMatch(/\b(Service|failed|Exception|permission|Error)\b/);
    }
    expect(new Set(all).size).toBe(all.length);
  });
});
