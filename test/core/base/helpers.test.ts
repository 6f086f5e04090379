/** The small helpers kept once in base/: serial dates, digits, first letters, problem counts. */
import { describe, expect, it } from "vitest";
import {
  adjacentRuns,
  dateOfSerial,
  roundFloatNoise,
  toTwelveDigits,
} from "../../../src/core/base/numbers.js";
import { at, countBySeverity, issue } from "../../../src/core/base/problems.js";
import { upperFirst } from "../../../src/core/base/text.js";

describe("dateOfSerial", () => {
  it.each([
    [1, "1899-12-31T00:00:00.000Z"],
    [25569, "1970-01-01T00:00:00.000Z"],
    [44835, "2022-10-01T00:00:00.000Z"],
    [44835.5, "2022-10-01T12:00:00.000Z"],
    [2958465, "9999-12-31T00:00:00.000Z"],
  ])("serial %s is %s", (serial, iso) => {
    expect(dateOfSerial(serial).toISOString()).toBe(iso);
  });
  it("counts from 1904-01-01 with the 1904 offset, and rounds in exceljs's steps", () => {
    expect(dateOfSerial(0, 1462).toISOString()).toBe("1904-01-01T00:00:00.000Z");
    // × 86 400 000 at once gives …427: a millisecond from what exceljs reads.
    expect(dateOfSerial(-98504057.67997022).getTime()).toBe(-8512959745149428);
  });
  it("is an invalid Date beyond what a Date can hold", () => {
    expect(Number.isNaN(dateOfSerial(1e12).getTime())).toBe(true);
  });
});

describe("numbers", () => {
  it.each([
    [0.993 * 100, 99.3],
    [0.1 + 0.2, 0.3],
  ])("roundFloatNoise(%s) = %s", (n, expected) => expect(roundFloatNoise(n)).toBe(expected));
  it.each([
    [993 / 1000 / 100, 0.00993],
    [1 / 3, 0.333333333333],
  ])("toTwelveDigits(%s) = %s", (n, expected) => expect(toTwelveDigits(n)).toBe(expected));
});

describe("upperFirst", () => {
  it.each([
    ["tỉ lệ học sinh", "Tỉ lệ học sinh"],
    ["đảng viên", "Đảng viên"],
    ["HS giỏi", "HS giỏi"],
    ["", ""],
  ])("%s → %s", (text, expected) => expect(upperFirst(text)).toBe(expected));
});

describe("countBySeverity", () => {
  it("counts each severity, zero when none", () => {
    const p = (s: "error" | "warning" | "info") => at("Chỉ tiêu", "A2", issue(s, "x", "…"));
    expect(countBySeverity([p("error"), p("warning"), p("warning")])).toEqual({
      error: 1,
      warning: 2,
      info: 0,
    });
  });
});

describe("adjacentRuns", () => {
  it.each([
    [
      [3, 4, 5, 8],
      [[3, 4, 5], [8]],
    ],
    [
      [0, 2, 3],
      [[0], [2, 3]],
    ],
    [[], []],
  ])("%j → %j", (columns, runs) => expect(adjacentRuns(columns, (c) => c)).toEqual(runs));
});
