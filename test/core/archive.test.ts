import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import {
  type ArchiveCell,
  archivePlan,
  figureCell,
  judgementOfText,
} from "../../src/core/outputs/archive.js";
import type { Figure } from "../../src/core/workbook/model.js";
import { type CellValue, parseMeasure, type UnitKind } from "../../src/core/workbook/parse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";

function cell(raw: CellValue, unit: UnitKind): ArchiveCell {
  const figure: Figure = { measure: parseMeasure(raw, unit).value, text: String(raw), cell: "A1" };
  return figureCell(raw, figure, unit);
}

const notes = { madeAt: new Date(Date.UTC(2022, 9, 3, 1, 30)), source: "test", version: "1.2.3" };

describe("figureCell", () => {
  it.each([
    ["99,3%", "percent", { v: 0.993, f: "percent" }],
    ["100%", "percent", { v: 1, f: "percent" }],
    [0.993, "percent", { v: 0.993, f: "percent" }],
    ["99,3", "percent", { v: 0.993, f: "percent" }],
    ["1.157.274.000", "money", { v: 1157274000, f: "money" }],
    ["13", "rank", { v: 13, f: "integer" }],
    [12, "count", { v: 12, f: "integer" }],
    [2.5, "count", { v: 2.5, f: "number" }],
  ] as const)("%s in a %s row becomes a number", (raw, unit, expected) => {
    expect(cell(raw, unit)).toEqual(expected);
  });

  it.each([
    ["99,2%-100%", "percent"],
    ["dưới 1%", "percent"],
    ["từ 70% trở lên", "percent"],
    ["62,5% (15/24)", "percent"],
    ["thứ 9", "rank"],
    ["Mức độ 3", "level"],
    ["Năm sau cao hơn năm trước", "count"],
    ["Đạt 100%", "percent"],
    ["150%", "percent"],
  ] as const)("%s in a %s row stays as typed", (raw, unit) => {
    expect(cell(raw, unit)).toEqual({ v: raw });
  });

  it("keeps dates as dates", () => {
    const d = new Date(Date.UTC(2022, 9, 3));
    expect(cell(d, "level")).toEqual({ v: d, f: "date" });
  });
});

describe("archivePlan", () => {
  it("puts the summary first and the notes last, replacing stale ones from the input", () => {
    const grids = [
      ...templateGrids(SAMPLE),
      { name: "Tổng hợp", values: [["cũ"]] },
      { name: "Ghi chú xuất", values: [["cũ"]] },
      { name: "Sổ tay", values: [["Ghi"], [1]] },
    ];
    const plan = archivePlan(grids, analyse(grids), notes);
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      ...templateGrids(SAMPLE).map((g) => g.name),
      "Sổ tay",
      "Ghi chú xuất",
    ]);
    const summary = [...plan.sheets[0]!.rows()];
    expect(JSON.stringify(summary)).not.toContain("cũ");
    expect(plan.totalRows).toBe(plan.sheets.reduce((n, s) => n + [...s.rows()].length, 0));
  });

  it("writes the notes: when (Vietnam time), from where, which version", () => {
    const grids = templateGrids(SAMPLE);
    const plan = archivePlan(grids, analyse(grids), notes);
    const rows = [...plan.sheets.at(-1)!.rows()].map((r) => r.map((c) => c.v));
    expect(rows).toContainEqual([
      "Thời điểm xuất (giờ Việt Nam)",
      new Date(Date.UTC(2022, 9, 3, 8, 30)),
    ]);
    expect(rows).toContainEqual(["Nguồn số liệu", "test"]);
    expect(rows).toContainEqual(["Phiên bản tongket", "1.2.3"]);
    expect(plan.properties.title).toContain("Chi bộ Trường Tiểu học Hoà Bình");
    expect(plan.properties.subject).toContain("nhiệm kỳ 2020-2022");
  });

  it("gives judgement cells their judgement, in the tab and in the summary", () => {
    const grids = templateGrids(SAMPLE);
    const plan = archivePlan(grids, analyse(grids), notes);
    const judged = plan.sheets.flatMap((s) =>
      [...s.rows()].flat().filter((c) => c.f === "judgement"),
    );
    expect(judged.length).toBeGreaterThan(80);
    for (const c of judged) expect(c.judgement).toBe(judgementOfText(c.v));
  });

  it("stores the summary's plain figures and gaps as numbers, ranges as text", () => {
    const grids = templateGrids(SAMPLE);
    const plan = archivePlan(grids, analyse(grids), notes);
    const rows = [...plan.sheets[0]!.rows()];
    const row = (code: string) => rows.find((r) => r[0]!.v === code)!;
    expect(row("NL1")).toContainEqual({ v: 0.993, f: "percent" });
    expect(row("NL1")).toContainEqual({ v: 0.3, f: "signed" });
    expect(row("HT1")).toContainEqual({ v: -0.5, f: "signed" });
    expect(row("HT1").map((c) => c.v)).toContain("99,5%-100%");
    expect(
      row("HSG1")
        .filter((c) => c.f === "integer")
        .map((c) => c.v),
    ).toEqual([2, 5, 12]);
  });
});

describe("money typed with its currency", () => {
  it.each(["270.853.000 đ", "270.853.000đồng", "270.853.000 VNĐ", "270.853.000 vnd"])(
    "%s is stored as a number in đồng",
    (typed) => {
      const grids = templateGrids(SAMPLE).map((g) =>
        g.name === "Kinh phí"
          ? { ...g, values: g.values.map((r) => r.map((v) => (v === 270853000 ? typed : v))) }
          : g,
      );
      const plan = archivePlan(grids, analyse(grids), notes);
      const funding = [...plan.sheets.find((s) => s.name === "Kinh phí")!.rows()];
      const cells = funding.flat().filter((c) => c.v === 270853000 || c.v === typed);
      expect(cells).toEqual([{ v: 270853000, f: "money" }]);
    },
  );
});
