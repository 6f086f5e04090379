/**
 * Issue 8, "dates in text columns": a spreadsheet program turns "4-5", "10/2022", "1-2" typed
 * into a figure cell into a date, and Excel saves it as a serial day number with a date
 * format. Such a cell in a column that holds no dates (target, result, next-term target, an
 * award count) is a warning naming its tab and cell, reads as a gap, and is never printed as
 * a date in any draft. Fixture cells are built the way Excel stores them and read back
 * through the XLSX reader the command line uses.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { a1 } from "../../src/core/base/text.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { KINDS } from "../../src/core/outputs/draft/kinds/all.js";
import { parseInteger, parseMeasure, parseMoney } from "../../src/core/workbook/parse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { readXlsxBytes } from "../../src/writers/index.js";
import { THCS_XUAN_HOA } from "../fixtures/schools/thcs-xuan-hoa.js";
import {
  addressOf,
  sheetOf,
  type TypedCell,
  type TypedWorkbook,
  xlsxOf,
} from "../fixtures/schools/typed.js";
import { capture } from "../support/capture.js";
import { draftText } from "../support/draft-text.js";

/** Excel's serial day number of a calendar day (1899-12-30 is day 0). */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** What Excel saves for "4-5" typed in a day-first locale: 4 May, shown "4-May". */
const FOUR_FIVE: TypedCell = { n: serial(2025, 5, 4), fmt: "d-mmm" };
/** "10/2022": October 2022, shown "Oct-22". */
const TEN_2022: TypedCell = { n: serial(2022, 10, 1), fmt: "mmm-yy" };
/** "1-2": 1 February, with Excel's built-in short date (numFmtId 14). */
const ONE_TWO: TypedCell = { n: serial(2025, 2, 1), fmt: "mm-dd-yy" };

/** Every way the three dates could be printed: as the sheet shows them, or day/month/year. */
const DATE_TEXTS =
  /04\/05\/2025|4\/5\/2025|01\/10\/2022|1\/10\/2022|01\/02\/2025|1\/2\/2025|2025-05-04|2022-10-01|2025-02-01|4-May|Oct-22/;

function withCells(
  book: TypedWorkbook,
  changes: readonly { tab: string; cell: string; value: TypedCell }[],
): TypedWorkbook {
  return {
    ...book,
    sheets: book.sheets.map((s) => {
      const mine = changes.filter((c) => c.tab.normalize("NFC") === s.name.normalize("NFC"));
      if (mine.length === 0) return s;
      const rows = s.rows.map((r) => [...r]);
      for (const c of mine) {
        const at = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
        const column = [...at[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        rows[Number(at[2]) - 1]![column] = c.value;
      }
      return { ...s, rows };
    }),
  };
}

/** The sample workbook as typed cells (its figures are all text). */
const SAMPLE_BOOK: TypedWorkbook = {
  title: "sample",
  sheets: templateGrids(SAMPLE).map((g) => ({
    name: g.name,
    rows: g.values.map((r) => r.map((v) => (v === undefined ? null : (v as TypedCell)))),
  })),
};

const thcs = (code: string, header: string) => ({
  tab: "Chỉ tiêu",
  cell: addressOf(THCS_XUAN_HOA, "Chỉ tiêu", "Mã", code, header),
});
const sample = (code: string, header: string) => ({
  tab: "Chỉ tiêu",
  cell: addressOf(SAMPLE_BOOK, "Chỉ tiêu", "Mã", code, header),
});

/** The first award line's count cell of a typed awards tab. */
function awardCount(book: TypedWorkbook, tab: string, header: string) {
  const rows = sheetOf(book, tab).rows;
  const column = rows[0]!.findIndex((c) => typeof c === "string" && c.normalize("NFC") === header);
  return { tab, cell: a1(1, column) };
}

const CASES = [
  {
    id: "THCS Xuân Hòa",
    book: THCS_XUAN_HOA,
    cells: [
      { ...thcs("CL1", "Kết quả 2022-2023"), value: FOUR_FIVE },
      { ...thcs("DN2", "Kết quả 2021-2022"), value: FOUR_FIVE },
      { ...thcs("DN2", "Chỉ tiêu nhiệm kỳ tới"), value: TEN_2022 },
      { ...thcs("CL3", "Chỉ tiêu"), value: ONE_TWO },
      { ...awardCount(THCS_XUAN_HOA, "Giải thưởng", "SL"), value: FOUR_FIVE },
    ],
  },
  {
    id: "the sample",
    book: SAMPLE_BOOK,
    cells: [
      { ...sample("KT1", "Kết quả 2020-2021"), value: FOUR_FIVE },
      { ...sample("KT2", "Chỉ tiêu nhiệm kỳ tới"), value: TEN_2022 },
      { ...sample("KT2", "Chỉ tiêu"), value: ONE_TWO },
    ],
  },
];

describe("a date in a figure cell, as the parsers see it", () => {
  const may4 = new Date(Date.UTC(2025, 4, 4));
  it.each(["percent", "count", "money", "rank", "level"] as const)(
    "%s: no figure, a warning that shows the date as the sheet does",
    (unit) => {
      const parsed = parseMeasure(may4, unit);
      expect(parsed.value).toBeNull();
      expect(parsed.issue?.code).toBe("date-in-figure");
      expect(parsed.issue?.severity).toBe("warning");
      expect(parsed.issue?.message).toContain("04/05/2025");
    },
  );

  it("counts and amounts too", () => {
    for (const p of [parseInteger(may4), parseMoney(may4)]) {
      expect(p.value).toBeNull();
      expect(p.issue?.code).toBe("date-in-figure");
    }
  });
});

describe.each(CASES)("$id: date cells saved as Excel saves them", ({ book, cells }) => {
  it("each is a warning at its tab and cell, and no draft prints a date for it", async () => {
    const grids = readXlsxBytes(await xlsxOf(withCells(book, cells)), "truong.xlsx");
    // The reader hands the core what Excel stored: a date, not the serial number.
    const analysis = analyse(await grids);
    const found = analysis.problems
      .filter((p) => p.code === "date-in-figure")
      .map((p) => `${p.severity} ${p.tab.normalize("NFC")}!${p.cell}`);
    expect(found.sort()).toEqual(cells.map((c) => `warning ${c.tab}!${c.cell}`).sort());
    for (const kind of Object.values(KINDS)) {
      for (const year of kind.id === "nam-hoc" ? analysis.workbook.schoolYears : [undefined]) {
        const t = draftText(buildDraft(analysis, { kind: kind.id, schoolYear: year }));
        expect([kind.id, year, t.all.match(DATE_TEXTS)?.[0]]).toEqual([kind.id, year, undefined]);
      }
    }
    // A result printed in the draft is the gap it is, at its cell.
    const t = draftText(buildDraft(analysis));
    const result = cells[0]!;
    expect(t.all).toContain(`[chưa có số liệu: ${result.tab}!${result.cell}]`);
  });

  it("`tongket check` names the file, the tab and the cell, in Vietnamese", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongket-dates-"));
    const file = join(dir, "truong.xlsx");
    await writeFile(file, await xlsxOf(withCells(book, cells)));
    const out = capture();
    await run(["check", file], out.io);
    const text = out.out.join("\n").normalize("NFC");
    expect(text).toContain("truong.xlsx");
    for (const c of cells) {
      const line = text.split("\n").find((l) => l.includes(`${c.tab}!${c.cell}`));
      expect(line, `${c.tab}!${c.cell}`).toMatch(/Ô chứa một ngày \(\d\d\/\d\d\/\d{4}\)/);
    }
  });
});
