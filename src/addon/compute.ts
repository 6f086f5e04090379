/**
 * "Tính kết quả và tổng hợp": reads every tab once, evaluates with the core, writes the
 * computed columns of Chỉ tiêu (one write per block of adjacent computed columns, normally
 * one) and the summary tab (values, number formats and weights, one call each).
 */

import type { CellValue } from "../core/index.js";
import {
  type Analysis,
  a1,
  analyse,
  buildSummary,
  type CellFormat,
  columnOf,
  computedColumns,
  contiguousBlocks,
  SUMMARY,
  summaryGrid,
  TAB_NAMES,
} from "../core/index.js";
import { type Book, ensureSize, Formula, ownedTab, writeBlock } from "./book.js";
import type { Spreadsheet } from "./gas.js";
import { ADDON } from "./messages.vi.js";
import { NUMBER_FORMATS } from "./palette.js";

export type Progress = (message: string) => void;

export function toaster(ss: Spreadsheet): Progress {
  return (message) => ss.toast(message, ADDON.toastTitle, 5);
}

/** Returns the analysis, or undefined when there is no Chỉ tiêu tab to write to. */
export function compute(book: Book, progress: Progress): Analysis | undefined {
  progress(ADDON.reading);
  const tabs = book.readSchemaTabs();
  progress(ADDON.computing);
  const analysis = analyse(tabs);
  const layout = analysis.workbook.layouts.indicators;
  const indicatorTab = layout && tabs.find((t) => t.name === layout.name);
  if (!layout || !indicatorTab) {
    progress(ADDON.noIndicatorTab);
    return undefined;
  }
  progress(ADDON.writing);
  const writes = computedColumns(
    layout,
    analysis.evaluation.indicators,
    indicatorTab.values.length,
  );
  if (writes.length === 0) progress(ADDON.noComputedColumns);
  for (const block of contiguousBlocks(writes)) {
    const first = block[0]!;
    const rows = first.values.map((_, r) => block.map((c) => c.values[r]));
    writeBlock(indicatorTab.sheet, first.firstRow, first.column, rows);
  }
  writeSummary(book, analysis);
  return analysis;
}

function formatOf(f: CellFormat | undefined, v: CellValue): string {
  if (f === "percent") return NUMBER_FORMATS.percent;
  if (f === "money") return NUMBER_FORMATS.money;
  if (typeof v === "number" && !Number.isInteger(v)) return NUMBER_FORMATS.decimal;
  // Text ignores number formats; integers and counts read best grouped.
  return NUMBER_FORMATS.integer;
}

/** The summary tab rewritten whole: old contents cleared, then one write each for values, formats, weights. */
function writeSummary(book: Book, analysis: Analysis): void {
  const { workbook, evaluation, problems } = analysis;
  const sections = buildSummary(workbook, evaluation, problems);
  const title = SUMMARY.title(workbook.info.values.unitName ?? "", workbook.info.values.term ?? "");
  const { grid, placed } = summaryGrid(title, sections);
  const cells: (CellValue | Formula)[][] = grid.map((r) => [...r]);
  const formats = grid.map((r) => r.map((v) => formatOf(undefined, v)));
  const weights = grid.map((r) => r.map((): "bold" | "normal" => "normal"));
  weights[0]![0] = "bold";
  const years = workbook.schoolYears.length;
  for (const { section, titleRow } of placed) {
    weights[titleRow]![0] = "bold";
    weights[titleRow + 1] = weights[titleRow + 1]!.map((_, c) =>
      c < section.header.length ? "bold" : "normal",
    );
    section.rows.forEach((row, i) => {
      const r = titleRow + 2 + i;
      row.forEach((cell, c) => {
        formats[r]![c] = formatOf(cell.f, cell.v);
      });
      // The series section ends with a chart of its year columns.
      if (section.id === "series" && years >= 2) {
        const from = a1(r, columnOf(section, "year", 0));
        const to = a1(r, columnOf(section, "year", years - 1));
        cells[r]![columnOf(section, "chart")] = new Formula(`=SPARKLINE(${from}:${to})`);
      }
    });
  }
  const tab = ownedTab(book, TAB_NAMES.summary, ADDON.summaryNote);
  const sheet = tab.sheet;
  sheet.clearContents();
  const width = grid[0]!.length;
  ensureSize(sheet, grid.length, width);
  writeBlock(sheet, 0, 0, cells);
  const range = sheet.getRange(1, 1, grid.length, width);
  range.setNumberFormats(formats);
  range.setFontWeights(weights);
}
