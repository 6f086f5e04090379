/**
 * Reads an XLSX file into named grids, the shape the core expects. Handles what Google
 * Sheets, Excel and LibreOffice write: formulas (their cached result), rich text,
 * hyperlinks, dates, error values, and files without a dimension element.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellValue, NamedGrid } from "../../core/index.js";
import { UserError } from "../errors.js";
import { CLI, FILES } from "../messages.vi.js";
import { errorCode } from "./atomic.js";

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

/** Reads an XLSX file; unreadable input becomes a clear Vietnamese error (exit 2). */
export async function readXlsx(file: string): Promise<NamedGrid[]> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EISDIR") throw new UserError(FILES.isDirectory(file), 2);
    if (code === "EACCES" || code === "EPERM") throw new UserError(FILES.notReadable(file), 2);
    throw new UserError(CLI.fileNotFound(file), 2);
  }
  return readXlsxBuffer(buffer, file);
}

export async function readXlsxBuffer(
  buffer: Buffer | ArrayBuffer,
  label: string,
): Promise<NamedGrid[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as ArrayBuffer);
  } catch {
    throw new UserError(CLI.notXlsx(label), 2);
  }
  // Any zip loads (a Word .docx too); a spreadsheet has at least one worksheet.
  if (workbook.worksheets.length === 0) throw new UserError(CLI.notXlsx(label), 2);
  return gridsOf(workbook);
}
