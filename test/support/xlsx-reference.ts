/**
 * The XLSX reading the CLI did before the streaming reader: exceljs's in-memory load, then
 * every cell converted. Kept as the reference the new reader must agree with on every
 * fixture (test/writers/xlsx-read-same.test.ts) and as the bench's "before".
 */
import ExcelJS from "exceljs";
import type { CellValue, NamedGrid } from "../../src/core/index.js";

function plainValue(value: ExcelJS.CellValue): CellValue {
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

export function gridsOfLoaded(workbook: ExcelJS.Workbook): NamedGrid[] {
  return workbook.worksheets.map((sheet) => {
    const values: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
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

/** The grids the old reader gave for these bytes (throws where it refused the file). */
export async function referenceGrids(bytes: Uint8Array): Promise<NamedGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return gridsOfLoaded(workbook);
}
