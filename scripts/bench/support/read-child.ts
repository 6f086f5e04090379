/**
 * One case of the XLSX-reading benchmark in its own process, so that its peak memory is its
 * own: `node read-child.mjs old|new|stream FILE`. Prints one JSON line.
 * - old: exceljs's in-memory `xlsx.load` and the cell conversion the CLI used before;
 * - new: the reader of src/writers/xlsx/reader (fflate + saxes, one worksheet at a time);
 * - stream: exceljs's streaming `WorkbookReader`, the reference the goal names.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { readXlsxBytes } from "../../../src/writers/xlsx/read.js";
import { gridsOfLoaded } from "../../../test/support/xlsx-reference.js";

const [mode, file] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
let cells = 0;
if (mode === "old") {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  for (const g of gridsOfLoaded(wb)) for (const r of g.values) cells += r.length;
} else if (mode === "new") {
  for (const g of await readXlsxBytes(new Uint8Array(readFileSync(file)), file))
    for (const r of g.values) cells += r.length;
} else {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) cells += row.cellCount;
  }
}
const ms = performance.now() - t0;
process.stdout.write(
  `${JSON.stringify({ mode, ms, cells, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
