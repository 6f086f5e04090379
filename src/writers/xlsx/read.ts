/**
 * Reads XLSX bytes into named grids, the shape the core expects. Handles what Google
 * Sheets, Excel and LibreOffice write: formulas (their cached result), rich text,
 * hyperlinks, dates, error values, and files without a dimension element. The command line
 * and the offline page both read through here, so a file means the same in each.
 */
import ExcelJS from "exceljs";
import type { CellValue, NamedGrid } from "../../core/index.js";
import { WRITER_TEXT } from "../messages.vi.js";

/** The bytes are not a workbook (not a zip, a corrupt file, a Word document…). */
export class NotXlsxError extends Error {
  constructor(readonly file: string) {
    super(WRITER_TEXT.notXlsx(file));
    this.name = "NotXlsxError";
  }
}

/** One exceljs cell value as a plain cell value. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((r) => r.text).join("");
    }
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result && typeof result === "object" && "error" in result) return String(result.error);
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value && "text" in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text;
      return typeof text === "string" ? text : plainValue(text as ExcelJS.CellValue);
    }
  }
  return String(value);
}

/** Every worksheet of a loaded workbook as a grid, trailing empty rows dropped. */
export function gridsOf(workbook: ExcelJS.Workbook): NamedGrid[] {
  return workbook.worksheets.map((sheet) => {
    const values: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // Merged cells repeat their master's value only in the master.
        const v = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
        cells[col - 1] = v;
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      values[rowNumber - 1] = cells;
    });
    for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
    while (values.length > 0 && values[values.length - 1]!.every((v) => v === null || v === "")) {
      values.pop();
    }
    return { name: sheet.name, values };
  });
}

/**
 * The grids of an XLSX file's bytes; `label` names the file in the message. Throws
 * NotXlsxError when the bytes are not a spreadsheet.
 */
export async function readXlsxBytes(
  bytes: Uint8Array | ArrayBuffer,
  label: string,
): Promise<NamedGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    throw new NotXlsxError(label);
  }
  // Any zip loads (a Word .docx too); a spreadsheet has at least one worksheet.
  if (workbook.worksheets.length === 0) throw new NotXlsxError(label);
  return gridsOf(workbook);
}
