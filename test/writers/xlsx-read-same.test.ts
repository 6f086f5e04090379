/**
 * The XLSX reader (fflate + saxes) gives the grids exceljs's in-memory load gave, the reading
 * the CLI did before: on every workbook file in the repository and the tests, on the files
 * the commands write (archive, templates), on files shaped like each program's, on edge
 * cases of the format, and on random workbooks written by exceljs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { dateOfSerial, type NamedGrid } from "../../src/core/index.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { readXlsxBytes, templateWorkbook } from "../../src/writers/index.js";
import { capture } from "../support/capture.js";
import { googleLikeXlsx, packageXlsx, sheetData } from "../support/xlsx-fixtures.js";
import { referenceGrids } from "../support/xlsx-reference.js";

async function newGrids(bytes: Uint8Array): Promise<NamedGrid[]> {
  return (await readXlsxBytes(bytes, "x.xlsx")).map(({ name, values }) => ({ name, values }));
}

/** Dates as their time (an invalid Date, from a serial beyond JavaScript's range, as "invalid"). */
function comparable(grids: NamedGrid[]): unknown {
  return grids.map((g) => ({
    ...g,
    values: g.values.map((row) =>
      row.map((v) =>
        v instanceof Date ? { date: Number.isNaN(v.getTime()) ? "invalid" : v.getTime() } : v,
      ),
    ),
  }));
}

/**
 * Where exceljs gave an invalid Date (a date-formatted serial past what a Date holds), the
 * reader hands over the serial itself (issue 14): that cell is compared as "invalid" when no
 * Date can hold the serial, and any other difference still shows.
 */
function serialsAsInvalid(after: NamedGrid[], before: NamedGrid[]): NamedGrid[] {
  return after.map((g, t) => ({
    ...g,
    values: g.values.map((row, r) =>
      row.map((v, c) => {
        const old = before[t]?.values[r]?.[c];
        const invalid = old instanceof Date && Number.isNaN(old.getTime());
        return invalid && typeof v === "number" && Number.isNaN(dateOfSerial(v).getTime())
          ? old
          : v;
      }),
    ),
  }));
}

async function expectSame(bytes: Uint8Array): Promise<NamedGrid[]> {
  const before = await referenceGrids(bytes);
  const after = await newGrids(bytes);
  expect(comparable(serialsAsInvalid(after, before))).toEqual(comparable(before));
  return after;
}

/** Every .xlsx file kept in the repository: the bundled templates and any test fixture. */
function repositoryWorkbooks(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith(".xlsx")) found.push(path);
    }
  };
  walk("sheets-templates");
  walk("test");
  return found;
}

describe("the same grids as exceljs's in-memory load", () => {
  it.each(repositoryWorkbooks())("%s", async (file) => {
    const grids = await expectSame(new Uint8Array(readFileSync(file)));
    expect(grids.length).toBeGreaterThan(0);
  });

  it("on the archive export writes and the templates template writes", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongket-same-"));
    const archive = join(dir, "luu-tru.xlsx");
    expect(await run(["export", "sheets-templates/sample.xlsx", "-o", archive], capture().io)).toBe(
      0,
    );
    const grids = await expectSame(new Uint8Array(readFileSync(archive)));
    expect(grids.map((g) => g.name)).toContain("Tổng hợp");
    for (const data of [SAMPLE, undefined]) {
      const bytes = await templateWorkbook(data).xlsx.writeBuffer();
      await expectSame(new Uint8Array(bytes as ArrayBuffer));
    }
  });

  it("on a file laid out like Google Sheets' download", async () => {
    await expectSame(await googleLikeXlsx());
  });

  it("on the format's edge cases: tab order, late workbook part, inline and escaped text, 1904 dates, formulas, merges", async () => {
    const styles = `<numFmts count="2"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;ngày&quot; 0"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="10"/></cellXfs>`;
    const strings = [
      "<si><t>Mã</t></si>",
      '<si><t xml:space="preserve"> có khoảng trắng </t></si>',
      '<si><r><rPr><b/></rPr><t>Đậm</t></r><r><t xml:space="preserve"> và thường</t></r></si>',
      '<si><t>dòng một_x000D_\ndòng hai</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
      "<si><t>&lt;b&gt; &amp; &quot;</t></si>",
    ];
    const info = sheetData([
      ['<c r="A1" t="s"><v>0</v></c>', '<c r="B1" t="s"><v>1</v></c>'],
      [
        '<c r="A2" t="s"><v>2</v></c>',
        '<c r="C2" t="s"><v>3</v></c>',
        '<c r="D2" t="s"><v>4</v></c>',
      ],
      // Dates in the 1904 system: a custom date format, a built-in one, a quoted "ngày" that is not a date.
      [
        '<c r="A3" s="1"><v>43000</v></c>',
        '<c r="B3" s="2"><v>43000.5</v></c>',
        '<c r="C3" s="3"><v>7</v></c>',
        '<c r="D3" s="4"><v>0.25</v></c>',
      ],
      // Inline strings, plain and rich; a str cell decoded once more; booleans; errors.
      [
        '<c r="A4" t="inlineStr"><is><t>nội dòng</t></is></c>',
        '<c r="B4" t="inlineStr"><is><r><t>giàu</t></r><r><t> chữ</t></r></is></c>',
        '<c r="C4" t="str"><v>&amp;lt;x&amp;gt;</v></c>',
        '<c r="D4" t="b"><v>1</v></c>',
        '<c r="E4" t="e"><v>#N/A</v></c>',
      ],
      // Formulas: cached number, text, boolean, error, date; shared formula slaves; one never calculated.
      [
        '<c r="A5"><f>1+1</f><v>2</v></c>',
        '<c r="B5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>',
        '<c r="C5" t="b"><f>TRUE()</f><v>1</v></c>',
        '<c r="D5" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
        '<c r="E5" s="2"><f>TODAY()</f><v>44000</v></c>',
        '<c r="F5"><f t="shared" ref="F5:G5" si="0">A5*2</f><v>4</v></c>',
        '<c r="G5"><f t="shared" si="0"/><v>6</v></c>',
        '<c r="H5"><f>SUM(A5:G5)</f></c>',
      ],
      // Cells without an address follow the previous one; styled empty cells exist; s="0" empty ones do not.
      ['<c r="A6"><v>1</v></c>', "<c><v>2</v></c>", '<c s="4"/>', '<c r="F6" s="0"/>'],
      [],
      // A merged range whose other cells hold values (LibreOffice keeps them).
      ['<c r="A8" t="s"><v>0</v></c>', '<c r="B8"><v>9</v></c>', '<c r="C8"><v>10</v></c>'],
    ]);
    const bytes = await packageXlsx({
      workbookPr: 'date1904="1"',
      workbookLast: true,
      strings,
      styles,
      sheets: [
        // Tab order differs from the order of the parts' files.
        {
          name: "Thông tin",
          file: 3,
          body: `${info}<mergeCells count="2"><mergeCell ref="A8:C9"/><mergeCell ref="E10:F11"/></mergeCells>`,
        },
        { name: "Ẩn", file: 1, state: "hidden", body: sheetData([['<c r="B2"><v>5</v></c>']]) },
        { name: "Chỉ tiêu", file: 2, body: sheetData([['<c r="A1" t="s"><v>0</v></c>']]) },
      ],
    });
    const grids = await expectSame(bytes);
    expect(grids.map((g) => g.name)).toEqual(["Thông tin", "Ẩn", "Chỉ tiêu"]);
    const info0 = grids[0]!.values;
    expect(info0[2]![0]).toBeInstanceOf(Date);
    expect(info0[2]![2]).toBe(7);
    expect(info0[3]![2]).toBe("<x>");
    expect(info0[4]![7]).toBeNull();
    // Which formulas have no value is said apart from the grid.
    const read = await readXlsxBytes(bytes, "x.xlsx");
    expect(read[0]!.formulasWithoutValue).toEqual(["H5"]);
  });

  it("on random workbooks written by exceljs", async () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(" đầu cuối ", "a & b < c", "=không phải công thức", "99,5%", "_x000D_", ""),
    );
    const cell: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
      fc.constant(null),
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer({ min: -1000, max: 100_000 }),
      fc.boolean(),
      fc.date({ min: new Date("1950-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
      fc.array(text, { minLength: 1, maxLength: 3 }).map((ts) => ({
        richText: ts.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })),
      })),
      // Cached results 0 and "" are left out: exceljs dropped them (see the test below).
      fc.integer({ min: 1, max: 500 }).map((n) => ({ formula: `${n}+0`, result: n })),
      text
        .map((t) => t.replace(/"/g, ""))
        .filter((t) => t !== "")
        .map((t) => ({ formula: `"${t}"`, result: t })),
      fc.constant({ error: "#REF!" } as ExcelJS.CellErrorValue),
    );
    const sheet = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
      merge: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))),
      numFmt: fc.constantFrom(undefined, "0.0%", "dd/mm/yyyy", "#,##0", "h:mm"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`Tab ${i + 1}`);
          s.rows.forEach((row, r) => {
            row.forEach((v, c) => {
              const target = ws.getCell(r + 1, c + 1);
              target.value = v;
              if (s.numFmt && typeof v === "number") target.numFmt = s.numFmt;
            });
          });
          if (s.merge) {
            const [r, c] = s.merge;
            ws.mergeCells(r, c, r + 1, c + 1);
          }
        });
        const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
        await expectSame(bytes);
      }),
      { numRuns: 100 },
    );
  });

  it("on date-formatted serials where rounding at once would land a millisecond apart", async () => {
    // Found by the random test with seed-free runs: −98 504 057.68 in an h:mm cell.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Giờ");
    const serials = [-98504057.68, -98504057.67997022, -99974431.00000001, 1e12, 44835.123456789];
    serials.forEach((v, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = v;
      cell.numFmt = "h:mm";
    });
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const grids = await expectSame(bytes);
    const column = grids[0]!.values.map((row) => row[0]);
    // −98 504 057.67997022 days: 24 × 3600 × 1000 in steps, as exceljs; 86 400 000 at once is …427.
    expect((column[1] as Date).getTime()).toBe(-8512959745149428);
    // Past what a Date holds: the serial itself.
    expect(column[2]).toBe(-99974431.00000001);
    expect(column[3]).toBe(1e12);
  });

  it("except where exceljs dropped a formula's cached 0, FALSE or empty text: they are read as such", async () => {
    const bytes = await packageXlsx({
      sheets: [
        {
          name: "Chỉ tiêu",
          body: sheetData([
            [
              '<c r="A1"><f>SUM(B1:B1)</f><v>0</v></c>',
              '<c r="B1" t="b"><f>1&gt;2</f><v>0</v></c>',
              '<c r="C1" t="str"><f>""</f><v></v></c>',
              '<c r="D1"><v>1</v></c>',
            ],
          ]),
        },
      ],
    });
    expect((await referenceGrids(bytes))[0]!.values).toEqual([[null, null, null, 1]]);
    const read = await readXlsxBytes(bytes, "x.xlsx");
    expect(read[0]!.values).toEqual([[0, false, null, 1]]);
    // An empty cached text is a value (""), not a formula never calculated.
    expect(read[0]!.formulasWithoutValue).toBeUndefined();
  });
});
