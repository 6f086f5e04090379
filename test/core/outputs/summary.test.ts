/** The summary's columns are found by key, so its readers (archive, add-on) never count positions. */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildSummary, columnOf } from "../../../src/core/outputs/summary.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../../src/core/workbook/template.js";

const sample = analyse(templateGrids(SAMPLE));
const sections = buildSummary(sample.workbook, sample.evaluation, sample.problems);
const section = (id: string) => sections.find((s) => s.id === id)!;

describe("summary columns", () => {
  it("have one key per header in every section", () => {
    for (const s of sections) expect(s.keys).toHaveLength(s.header.length);
  });

  it.each([
    ["judgements", "code", 0, "Mã"],
    ["judgements", "target", 0, "Chỉ tiêu"],
    ["judgements", "year", 0, "2019-2020"],
    ["judgements", "year", 2, "2021-2022"],
    ["judgements", "gap", 0, "Chênh lệch"],
    ["series", "chart", 0, "Biểu đồ"],
    ["funding", "amount", 0, "Số tiền (đồng)"],
  ] as const)("%s: %s #%i is headed %s", (id, key, nth, header) => {
    expect(section(id).header[columnOf(section(id), key, nth)]).toBe(header);
  });

  it("refuses a key the section does not have", () => {
    expect(() => columnOf(section("funding"), "trend")).toThrow(/no column trend/);
  });
});
