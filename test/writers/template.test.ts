/**
 * The sheet a secretary first opens: the template read back by openpyxl (an independent
 * reader) — the tab it opens on, the tabs' order and visibility, widths, header heights and
 * fonts, one validation rule per dropdown column with its input message — and the blank
 * template's school years, which follow the clock it is given.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/commands/plan.js";
import { templatePlan } from "../../src/cli/commands/template.js";
import {
  blankSchoolYears,
  choiceLabels,
  columnLetter,
  SAMPLE,
  SCHEMA,
  schoolYearOf,
  TAB_NAMES,
  TEMPLATE_GUIDE,
  templateColumns,
  yearColumnHeader,
} from "../../src/core/index.js";
import { templateBytes } from "../../src/writers/index.js";
import { DEBIAN_PYTHON, openpyxl } from "../support/external.js";

/** 2 December 2026, noon in Hà Nội. */
const DEC_2026 = new Date(Date.UTC(2026, 11, 2, 5));

describe("the blank template's school years follow the clock", () => {
  it.each([
    ["2 Dec 2026", DEC_2026, "2026-2027"],
    ["15 May 2027, late in the same year", new Date(Date.UTC(2027, 4, 15)), "2026-2027"],
    ["31 Jul 2027 in Hà Nội", new Date(Date.UTC(2027, 6, 31, 16, 59)), "2026-2027"],
    [
      "1 Aug 2027 in Hà Nội (still 31 Jul in UTC)",
      new Date(Date.UTC(2027, 6, 31, 17)),
      "2027-2028",
    ],
    ["5 Sep 2030", new Date(Date.UTC(2030, 8, 5)), "2030-2031"],
  ])("%s → %s", (_what, now, year) => {
    expect(schoolYearOf(now)).toBe(year);
    const first = Number(year.slice(0, 4));
    expect(blankSchoolYears(now)).toEqual([
      year,
      `${first + 1}-${first + 2}`,
      `${first + 2}-${first + 3}`,
    ]);
  });

  it("`tongket template --blank` takes them from the command's clock", async () => {
    const ctx: CommandContext = {
      readInput: async () => {
        throw new Error("template reads nothing");
      },
      claimOutputs: async () => {},
      listWorkbooks: async (args) => [...args],
      now: () => DEC_2026,
      version: "test",
    };
    const plan = await templatePlan({ output: "trong.xlsx", blank: true }, ctx);
    const got = readBack(plan.files[0]!.content as Uint8Array);
    expect(got.info["Các năm học"]).toBe("2026-2027; 2027-2028; 2028-2029");
    expect(got.tabs["Chỉ tiêu"]!.header).toEqual(
      expect.arrayContaining(["2026-2027", "2027-2028", "2028-2029"].map(yearColumnHeader)),
    );
    expect(got.tabs["Chỉ tiêu"]!.header).not.toContain(yearColumnHeader("2022-2023"));
  });
});

interface Validation {
  readonly sqref: string;
  readonly prompt: string | null;
  readonly promptTitle: string | null;
  readonly showInput: boolean;
  readonly formula: string;
}

interface TabRead {
  readonly state: string;
  readonly header: string[];
  /** Width of each column 1…max_column, null when the file gives none. */
  readonly widths: (number | null)[];
  readonly headerHeight: number | null;
  readonly headerFonts: { name: string | null; bold: boolean }[];
  readonly validations: Validation[];
  readonly column: string[];
  /** The number format of each column's own style (what cells typed later get). */
  readonly columnFormats: (string | null)[];
  /** The distinct number formats of each column's data cells. */
  readonly dataFormats: string[][];
}

interface Read {
  readonly sheets: string[];
  readonly active: string;
  readonly tabs: Record<string, TabRead>;
  readonly info: Record<string, string>;
}

const SCRIPT = `
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
wb = openpyxl.load_workbook(sys.argv[1])
def width(ws, c):
    for d in ws.column_dimensions.values():
        if d.min and d.max and d.min <= c <= d.max and d.customWidth:
            return d.width
    return None
def col_format(ws, c):
    for d in ws.column_dimensions.values():
        if d.min and d.max and d.min <= c <= d.max:
            return d.number_format
    return None
tabs = {}
for ws in wb.worksheets:
    n = ws.max_column
    tabs[ws.title] = {
        "state": ws.sheet_state,
        "header": [ws.cell(row=1, column=c).value for c in range(1, n + 1)],
        "widths": [width(ws, c) for c in range(1, n + 1)],
        "headerHeight": ws.row_dimensions[1].height,
        "headerFonts": [{"name": ws.cell(row=1, column=c).font.name, "bold": bool(ws.cell(row=1, column=c).font.b)} for c in range(1, n + 1)],
        "validations": [{"sqref": str(v.sqref), "prompt": v.prompt, "promptTitle": v.promptTitle,
                         "showInput": bool(v.showInputMessage), "formula": v.formula1}
                        for v in ws.data_validations.dataValidation],
        "column": [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)],
        "columnFormats": [col_format(ws, c) for c in range(1, n + 1)],
        "dataFormats": [sorted({ws.cell(row=r, column=c).number_format for r in range(2, ws.max_row + 1)}) for c in range(1, n + 1)],
    }
info = {r[0]: r[1] for r in wb["Thông tin"].iter_rows(min_row=2, values_only=True) if r[0]}
print(json.dumps({"sheets": wb.sheetnames, "active": wb.active.title, "tabs": tabs, "info": info}, ensure_ascii=False))
`;

const scratch = mkdtempSync(join(tmpdir(), "tongket-template-"));
let n = 0;

function readBack(bytes: Uint8Array): Read {
  const file = join(scratch, `t${n++}.xlsx`);
  writeFileSync(file, bytes);
  return JSON.parse(
    execFileSync(DEBIAN_PYTHON, ["-c", SCRIPT, file], { encoding: "utf8" }),
  ) as Read;
}

/** Every cell an sqref like "B2:B501" covers, as "column:row" keys. */
function cells(sqref: string): string[] {
  const out: string[] = [];
  for (const part of sqref.split(" ")) {
    const [a, b = a] = part.split(":");
    const [, ca, ra] = /^([A-Z]+)(\d+)$/.exec(a!)!;
    const [, cb, rb] = /^([A-Z]+)(\d+)$/.exec(b!)!;
    if (ca !== cb) throw new Error(`a rule over several columns: ${part}`);
    for (let r = Number(ra); r <= Number(rb); r++) out.push(`${ca}:${r}`);
  }
  return out;
}

const py = openpyxl();
describe.skipIf(!py.available)(`the template read back by openpyxl ${py.reason}`, () => {
  const cases = [
    ["blank", undefined],
    ["sample", SAMPLE],
  ] as const;

  it.each(cases)(
    "%s: opens on Hướng dẫn, then Thông tin; the lists tab is hidden and last",
    async (_k, data) => {
      const got = readBack(await templateBytes(data, { now: DEC_2026 }));
      expect(got.active).toBe(TAB_NAMES.guide);
      expect(got.sheets).toEqual([TAB_NAMES.guide, ...SCHEMA.map((d) => d.name), TAB_NAMES.lists]);
      expect(got.sheets[1]).toBe(TAB_NAMES.info);
      for (const name of got.sheets) {
        expect([name, got.tabs[name]!.state]).toEqual([
          name,
          name === TAB_NAMES.lists ? "hidden" : "visible",
        ]);
      }
      const guide = got.tabs[TAB_NAMES.guide]!.column;
      expect(guide).toEqual([TEMPLATE_GUIDE.title, ...TEMPLATE_GUIDE.steps]);
      expect(TEMPLATE_GUIDE.steps).toHaveLength(5);
      // The steps name the tabs in the order they are filled.
      const order = [TAB_NAMES.info, TAB_NAMES.indicators, TAB_NAMES.awards, TAB_NAMES.texts];
      const at = order.map((t) => guide.findIndex((line) => line.includes(`"${t}"`)));
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(at.every((i) => i > 0)).toBe(true);
    },
  );

  it.each(cases)(
    "%s: every column has its width, headers a named bold font and a height that shows them",
    async (_k, data) => {
      const got = readBack(await templateBytes(data, { now: DEC_2026 }));
      const years = data?.schoolYears ?? blankSchoolYears(DEC_2026);
      for (const def of SCHEMA) {
        const tab = got.tabs[def.name]!;
        const columns = def.key === "info" ? def.columns : templateColumns(def, years);
        expect([def.name, tab.header]).toEqual([def.name, columns.map((c) => c.header)]);
        expect([def.name, tab.widths]).toEqual([def.name, columns.map((c) => c.width)]);
        for (const font of tab.headerFonts) expect(font).toEqual({ name: "Calibri", bold: true });
        // Each header fits in the lines its row shows: 15 points a line of 11-point text, and
        // no more characters a line than the column is wide.
        const lines = Math.floor((tab.headerHeight ?? 15) / 15);
        columns.forEach((c) => {
          const needed = Math.ceil([...c.header].length / c.width);
          expect([def.name, c.header, needed <= lines]).toEqual([def.name, c.header, true]);
        });
      }
      const lists = got.tabs[TAB_NAMES.lists]!;
      expect(lists.widths.every((w) => w !== null && w >= 12)).toBe(true);
      expect(got.tabs[TAB_NAMES.guide]!.widths[0]).toBeGreaterThanOrEqual(80);
    },
  );

  it.each(cases)(
    "%s: one validation rule per dropdown column, no overlap, each with an input message",
    async (_k, data) => {
      const got = readBack(await templateBytes(data, { now: DEC_2026 }));
      const years = data?.schoolYears ?? blankSchoolYears(DEC_2026);
      for (const def of SCHEMA) {
        const tab = got.tabs[def.name]!;
        const columns = def.key === "info" ? def.columns : templateColumns(def, years);
        const dropdowns = def.columns.filter((c) => c.choice && c.key !== "infoKey");
        expect([def.name, tab.validations.length]).toEqual([def.name, dropdowns.length]);
        const seen = new Set<string>();
        for (const v of tab.validations) {
          for (const cell of cells(v.sqref)) {
            expect([def.name, cell, seen.has(cell)]).toEqual([def.name, cell, false]);
            seen.add(cell);
          }
          expect(v.showInput).toBe(true);
          expect(v.prompt).toMatch(/^Chọn/);
          expect(v.promptTitle?.length).toBeGreaterThan(0);
        }
        for (const c of dropdowns) {
          const letter = columnLetter(columns.findIndex((x) => x.key === c.key));
          const rule = tab.validations.filter((v) => v.sqref.startsWith(`${letter}2:`));
          expect([def.name, c.key, rule.length]).toEqual([def.name, c.key, 1]);
          expect(cells(rule[0]!.sqref).length).toBeGreaterThanOrEqual(500);
          expect(rule[0]!.promptTitle).toBe(c.header);
          // The rule points at the lists tab, whose column holds the choice's labels.
          const [, listLetter] = /!\$([A-Z]+)\$2:/.exec(rule[0]!.formula)!;
          const list = got.tabs[TAB_NAMES.lists]!;
          const listColumn = [...Array(26).keys()].find((i) => columnLetter(i) === listLetter)!;
          expect(list.header[listColumn]).toBe(c.header);
          expect(c.choice && choiceLabels(c.choice).length).toBeGreaterThan(1);
        }
      }
    },
  );

  it.each(cases)(
    "%s: target, result and next-term columns are plain text (a spreadsheet keeps '4-5' as typed)",
    async (_k, data) => {
      const got = readBack(await templateBytes(data, { now: DEC_2026 }));
      const years = data?.schoolYears ?? blankSchoolYears(DEC_2026);
      const def = SCHEMA.find((d) => d.key === "indicators")!;
      const tab = got.tabs[def.name]!;
      const columns = templateColumns(def, years);
      const figures = ["target", "termResult", "nextTarget", ...years.map((y) => `year:${y}`)];
      expect(columns.filter((c) => c.plainText).map((c) => c.key)).toEqual(
        expect.arrayContaining(figures),
      );
      columns.forEach((c, i) => {
        const text = figures.includes(c.key);
        expect([c.key, tab.columnFormats[i] === "@"]).toEqual([c.key, text]);
        if (text && data) expect([c.key, tab.dataFormats[i]]).toEqual([c.key, ["@"]]);
      });
    },
  );

  it.each([["sheets-templates/blank.xlsx"], ["sheets-templates/sample.xlsx"]])(
    "the committed %s has the same layout",
    async (file) => {
      const { readFileSync } = await import("node:fs");
      const got = readBack(readFileSync(file));
      expect(got.active).toBe(TAB_NAMES.guide);
      expect(got.sheets.at(-1)).toBe(TAB_NAMES.lists);
      for (const def of SCHEMA) {
        const tab = got.tabs[def.name]!;
        expect(tab.widths.every((w) => w !== null)).toBe(true);
        expect(tab.validations.every((v) => v.showInput)).toBe(true);
      }
    },
  );
});
