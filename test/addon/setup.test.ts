/** Set-up / repair on an empty spreadsheet, on the sample, and on a rearranged sheet. */
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../src/core/base/text.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import {
  choiceLabels,
  FUNDING_SOURCES,
  LEVELS,
  RECIPIENTS,
  SCHEMA,
  TARGET_KINDS,
  UNITS,
} from "../../src/core/workbook/schema.js";
import { blankSchoolYears, templateGrids } from "../../src/core/workbook/template.js";
import { FakeDataValidation } from "./fakes/builders.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { analyseFake, load, sheet, valuesOf } from "./harness.js";

function emptySpreadsheet(): FakeSpreadsheet {
  return FakeSpreadsheet.fromGrids([{ name: "Trang tính1", values: [] }]);
}

describe("set-up on an empty spreadsheet", () => {
  it("creates every tab with the template's headers, dropdowns, frozen rows and protection", async () => {
    const world = await load(emptySpreadsheet());
    world.call("setUpSheet");
    expect(world.ui._alerts).toEqual([]);
    const blank = templateGrids();
    for (const g of blank) {
      const s = sheet(world.ss, g.name);
      expect(s._grid()[0]).toEqual(g.values[0]);
      expect(s._frozenRows).toBe(1);
    }
    // Thông tin gets its keys, with the blank template's school years.
    const info = sheet(world.ss, TAB_NAMES.info)._grid();
    expect(info.map((r) => r[0])).toEqual(blank[0]!.values.map((r) => r[0]));
    // Those of today's date, not a past term.
    expect(info.find((r) => r[0] === "Các năm học")?.[1]).toBe(
      blankSchoolYears(new Date()).join("; "),
    );
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    const header = indicators._grid()[0]!;
    const kindColumn = header.indexOf(HEADERS.kind);
    const rule = indicators._validations.get(`1,${kindColumn}`) as FakeDataValidation;
    expect(rule.getCriteriaValues()[0]).toEqual(choiceLabels(TARGET_KINDS));
    expect(rule.getAllowInvalid()).toBe(true);
    // The dropdowns: unit, target kind, level, recipient kind, funding source —
    // on the first data row and the sheet's last row alike.
    const dropdowns = [
      [TAB_NAMES.indicators, HEADERS.unit, UNITS],
      [TAB_NAMES.indicators, HEADERS.kind, TARGET_KINDS],
      [TAB_NAMES.awards, HEADERS.level, LEVELS],
      [TAB_NAMES.awards, HEADERS.recipient, RECIPIENTS],
      [TAB_NAMES.funding, HEADERS.fundingSource, FUNDING_SOURCES],
    ] as const;
    for (const [tab, h, choice] of dropdowns) {
      const s = sheet(world.ss, tab);
      const column = s._grid()[0]!.indexOf(h);
      expect(column, h).toBeGreaterThanOrEqual(0);
      for (const row of [1, s.getMaxRows() - 1]) {
        const v = s._validations.get(`${row},${column}`) as FakeDataValidation | undefined;
        expect(v?.getCriteriaValues()[0], `${tab} ${h} row ${row}`).toEqual(choiceLabels(choice));
      }
    }
    const protections = indicators._protections;
    expect(protections).toHaveLength(1);
    expect(protections[0]!._warningOnly).toBe(true);
    const judgement = header.indexOf(HEADERS.judgement);
    const trend = header.indexOf(HEADERS.trend);
    // Whole columns, so rows added later are covered too.
    expect(protections[0]!.getRange().getA1Notation()).toBe(
      `${columnLetter(judgement)}:${columnLetter(trend)}`,
    );
    // The core now finds every tab and header.
    const codes = analyseFake(world.ss).problems.map((p) => p.code);
    expect(codes).not.toContain("missing-tab");
    expect(codes).not.toContain("missing-header");
    // The user's own first tab is untouched.
    expect(world.ss._sheets[0]!._name).toBe("Trang tính1");
  });

  it("writes nothing the second time", async () => {
    const world = await load(emptySpreadsheet());
    world.call("setUpSheet");
    const before = valuesOf(world.ss);
    world.ss._calls.reset();
    world.call("setUpSheet");
    expect(world.ss._calls.writes()).toBe(0);
    expect(valuesOf(world.ss)).toEqual(before);
  });
});

describe("set-up on the sample", () => {
  it("adds no column and changes no cell, only dropdowns, frozen rows and protection", async () => {
    const ss = FakeSpreadsheet.fromGrids(templateGrids(SAMPLE));
    const world = await load(ss);
    const before = valuesOf(ss);
    world.call("setUpSheet");
    expect(valuesOf(ss)).toEqual(before);
    expect(ss._calls.get("Range.setValues")).toBe(0);
    expect(ss._calls.get("Spreadsheet.insertSheet")).toBe(0);
    expect(ss._calls.get("Range.setDataValidation")).toBeGreaterThan(0);
    expect(ss._toasts.at(-1)).toMatch(/không cần sửa/);
    ss._calls.reset();
    world.call("setUpSheet");
    expect(ss._calls.writes()).toBe(0);
  });
});

/** The sample with its columns reversed and headers in NFD, with other spellings and tone placements. */
function rearrangedSample(): FakeSpreadsheet {
  const grids = templateGrids(SAMPLE).map((g) => {
    const def = SCHEMA.find((d) => d.name === g.name)!;
    const order = g.values[0]!.map((_, i) => i).reverse();
    const values = g.values.map((row, r) =>
      order.map((i) => {
        const v = row[i];
        if (r > 0) return v;
        const h = String(v);
        if (h === HEADERS.code) return "MÃ CHỈ TIÊU";
        if (h === HEADERS.termResult) return "Kết quả cả nhiệm kì";
        return `  ${h.normalize("NFD")} `;
      }),
    );
    const info = def.key === "info";
    return {
      name: info ? "THÔNG TIN" : g.name.normalize("NFD"),
      values: info
        ? values.map((row) =>
            row.map((v) => (v === "Cấp ủy cấp trên" ? "Cấp uỷ cấp trên".normalize("NFD") : v)),
          )
        : values,
    };
  });
  return FakeSpreadsheet.fromGrids(grids);
}

describe("set-up on reordered columns with renamed headers", () => {
  it("recognises every column and tab, so nothing is added or moved", async () => {
    const ss = rearrangedSample();
    const world = await load(ss);
    const before = valuesOf(ss);
    world.call("setUpSheet");
    expect(ss._calls.get("Spreadsheet.insertSheet")).toBe(0);
    expect(ss._calls.get("Range.setValues")).toBe(0);
    expect(valuesOf(ss)).toEqual(before);
    // Dropdowns land on the moved columns.
    const indicators = ss._sheets.find((s) => s._name === TAB_NAMES.indicators.normalize("NFD"))!;
    const header = indicators._grid()[0]!.map((h) => String(h).trim().normalize("NFC"));
    const kindColumn = header.indexOf(HEADERS.kind);
    expect(kindColumn).toBeGreaterThan(0);
    expect(indicators._validations.get(`1,${kindColumn}`)).toBeTruthy();
  });

  it("appends a missing column at the end without touching the others", async () => {
    const grids = templateGrids(SAMPLE).map((g) =>
      g.name === TAB_NAMES.awards
        ? { name: g.name, values: g.values.map((r) => r.filter((_, i) => i !== 2)) }
        : g,
    );
    const ss = FakeSpreadsheet.fromGrids(grids);
    const world = await load(ss);
    const before = sheet(ss, TAB_NAMES.awards)._grid();
    world.call("setUpSheet");
    const after = sheet(ss, TAB_NAMES.awards)._grid();
    expect(after[0]!.at(-1)).toBe(HEADERS.level);
    expect(after.map((r) => r.slice(0, -1))).toEqual(before);
    expect(after.slice(1).every((r) => r.at(-1) === "")).toBe(true);
  });
});

describe("set-up details", () => {
  it("adds the result column of a school year named in Thông tin, at the end", async () => {
    const grids = templateGrids(SAMPLE).map((g) =>
      g.name === TAB_NAMES.indicators
        ? {
            name: g.name,
            values: g.values.map((r) =>
              r.filter((_, i) => g.values[0]![i] !== "Kết quả 2021-2022"),
            ),
          }
        : g,
    );
    const ss = FakeSpreadsheet.fromGrids(grids);
    const world = await load(ss);
    world.call("setUpSheet");
    const header = sheet(ss, TAB_NAMES.indicators)._grid()[0]!;
    expect(header.at(-1)).toBe("Kết quả 2021-2022");
    expect(header.filter((h) => h === "Kết quả 2021-2022")).toHaveLength(1);
  });

  it("leaves a validation someone else made alone", async () => {
    const ss = FakeSpreadsheet.fromGrids(templateGrids(SAMPLE));
    const awards = sheet(ss, TAB_NAMES.awards);
    const level = awards._grid()[0]!.indexOf(HEADERS.level);
    const theirs = new FakeDataValidation(
      "CUSTOM_FORMULA" as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria,
      ["=LEN(C2)>0"],
      false,
      "",
    );
    awards._validations.set(`1,${level}`, theirs);
    const world = await load(ss);
    world.call("setUpSheet");
    expect(awards._validations.get(`1,${level}`)).toBe(theirs);
    expect(awards._validations.get(`2,${level}`)).toBeUndefined();
  });
});
