/**
 * "Tính kết quả và tổng hợp": reads every tab once, evaluates with the core, and writes what
 * changed in the computed columns of Chỉ tiêu and in the summary tab (values, number formats
 * and weights): a run over an unchanged sheet writes nothing (see changes.ts).
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
import { changedBlocks, rangeOf, sameValue, slice } from "./changes.js";
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
    const rows = first.values.map((_, r) => block.map((c) => c.values[r]!));
    const held = indicatorTab.values;
    const changed = changedBlocks(
      rows.length,
      block.length,
      (r, c) => !sameValue(rows[r]![c], held[first.firstRow + r]?.[first.column + c]),
    );
    for (const b of changed) {
      writeBlock(indicatorTab.sheet, first.firstRow + b.top, first.column + b.left, slice(rows, b));
    }
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

/**
 * The summary tab as the core lays it out. Its cells are read once (values, formulas,
 * formats and weights of the area it covers now and covered before) and only the cells
 * that differ are written; cells of an older, larger summary are cleared.
 */
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
  const width = grid[0]!.length;
  ensureSize(sheet, grid.length, width);
  const rows = Math.max(grid.length, sheet.getLastRow());
  const columns = Math.max(width, sheet.getLastColumn());
  const area = sheet.getRange(1, 1, rows, columns);
  const heldValues = area.getValues();
  const heldFormulas = area.getFormulas();
  const heldFormats = area.getNumberFormats();
  const heldWeights = area.getFontWeights();
  const inGrid = (r: number, c: number) => r < grid.length && c < width;

  const wanted: (CellValue | Formula)[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (inGrid(r, c) ? cells[r]![c]! : "")),
  );
  const valueDiffers = (r: number, c: number): boolean => {
    const w = wanted[r]![c]!;
    const formula = heldFormulas[r]![c] ?? "";
    if (w instanceof Formula) return formula !== w.text;
    return formula !== "" || !sameValue(w, heldValues[r]![c]);
  };
  for (const b of changedBlocks(rows, columns, valueDiffers)) {
    writeBlock(sheet, b.top, b.left, slice(wanted, b));
  }
  // Number formats outside the summary stay (they show nothing in an empty cell); bold does not.
  const formatBlocks = changedBlocks(
    grid.length,
    width,
    (r, c) => heldFormats[r]![c] !== formats[r]![c],
  );
  for (const b of formatBlocks) rangeOf(sheet, b).setNumberFormats(slice(formats, b));
  const wantedWeights = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (inGrid(r, c) ? weights[r]![c]! : "normal")),
  );
  const weightBlocks = changedBlocks(
    rows,
    columns,
    (r, c) => (heldWeights[r]![c] ?? "normal") !== wantedWeights[r]![c],
  );
  for (const b of weightBlocks) rangeOf(sheet, b).setFontWeights(slice(wantedWeights, b));
}
