/**
 * "Thiết lập / sửa bảng tính": creates missing tabs and headers from the schema, appends
 * missing columns at the end, adds dropdowns, freezes header rows and protects computed
 * columns with a warning. It never moves, clears or rewrites a cell someone typed, and a
 * second run finds nothing to do and writes nothing.
 */

import type { CellValue, TabLayout } from "../core/index.js";
import {
  adjacentRuns,
  blankSchoolYears,
  choiceLabels,
  columnLetter,
  findChoice,
  INFO_KEY_CHOICE,
  INFO_KEYS,
  type InfoKey,
  isFigureColumn,
  layoutTab,
  PLAIN_TEXT_FORMAT,
  readWorkbook,
  SCHEMA,
  type TabDef,
  type TemplateColumn,
  templateColumns,
} from "../core/index.js";
import { type Book, ensureSize, type ReadTab, readGrid, writeBlock } from "./book.js";
import { changedBlocks, rangeOf, sameExactly, writeChanged } from "./changes.js";
import { type DataValidation, type Sheet, type SpreadsheetApp, sameEnum } from "./gas.js";
import { ADDON } from "./messages.vi.js";
import { HEADER_BACKGROUND } from "./palette.js";

export interface SetUpResult {
  readonly tabsAdded: number;
  readonly columnsAdded: number;
}

/** Pixels per character of the schema's widths. */
export const PX_PER_CHAR = 7;

/** `now` dates the school years of a sheet that names none (see `blankSchoolYears`). */
export function setUp(book: Book, app: SpreadsheetApp, now: Date = new Date()): SetUpResult {
  let tabsAdded = 0;
  const tabs: ReadTab[] = [];
  for (const def of SCHEMA) {
    const { tab, created } = book.findOrAdd(def.name);
    if (created) tabsAdded++;
    tabs.push({ ...tab, values: created ? [] : readGrid(tab.sheet) });
  }
  const years = schoolYearsOf(tabs, now);
  let columnsAdded = 0;
  SCHEMA.forEach((def, i) => {
    const tab = tabs[i]!;
    columnsAdded += repairTab(def, tab, years, app);
  });
  return { tabsAdded, columnsAdded };
}

/** The school years the result columns are made for: those the sheet names, else the blank template's. */
function schoolYearsOf(tabs: readonly ReadTab[], now: Date): readonly string[] {
  const { workbook } = readWorkbook(tabs);
  return workbook.schoolYears.length > 0 ? workbook.schoolYears : blankSchoolYears(now);
}

function expectedColumns(def: TabDef, years: readonly string[]): TemplateColumn[] {
  if (def.key === "info") {
    return def.columns.map((c) => ({
      key: c.key,
      header: c.header,
      width: c.width,
      computed: false,
    }));
  }
  return templateColumns(def, years);
}

function isPresent(layout: TabLayout, c: TemplateColumn): boolean {
  if (c.schoolYear !== undefined)
    return layout.yearColumns.some((y) => y.schoolYear === c.schoolYear);
  return layout.columns[c.key] !== undefined;
}

/** Repairs one tab; returns how many columns it appended. */
function repairTab(
  def: TabDef,
  tab: ReadTab,
  years: readonly string[],
  app: SpreadsheetApp,
): number {
  const sheet = tab.sheet;
  const before = layoutTab(def, tab.name, tab.values);
  const missing = expectedColumns(def, years).filter((c) => !isPresent(before, c));
  const start = tab.values.length === 0 ? 0 : before.width;
  const headerRow = tab.values.length === 0 ? 0 : before.headerRow;
  const grid: CellValue[][] = tab.values.map((r) => [...r]);
  if (missing.length > 0) {
    ensureSize(sheet, headerRow + 2, start + missing.length);
    writeBlock(sheet, headerRow, start, [missing.map((c) => c.header)]);
    const headerCells = sheet.getRange(headerRow + 1, start + 1, 1, missing.length);
    headerCells.setFontWeight("bold");
    headerCells.setBackground(HEADER_BACKGROUND);
    missing.forEach((c, i) => {
      sheet.setColumnWidth(start + i + 1, c.width * PX_PER_CHAR);
    });
    while (grid.length <= headerRow) grid.push([]);
    const header = grid[headerRow]!;
    while (header.length < start) header.push("");
    header.push(...missing.map((c) => c.header));
  }
  const layout = layoutTab(def, tab.name, grid);
  if (def.key === "info") addInfoKeys(sheet, layout, grid, years);
  if (sheet.getFrozenRows() < layout.headerRow + 1) sheet.setFrozenRows(layout.headerRow + 1);
  addDropdowns(def, sheet, layout, app);
  if (def.key === "indicators") {
    protectComputed(def, sheet, layout, app);
    formatFiguresAsText(def, sheet, layout, grid);
  }
  return missing.length;
}

/**
 * The empty cells of the figure columns (target, results, next-term target) formatted as plain
 * text, so that Sheets keeps "4-5", "10/2022", "1-2" as typed instead of turning them into
 * dates. A cell that holds something keeps its format (a percent stored as 0.993 stays shown
 * as 99,3%). One read over the block of figure columns, and a write of the cells that differ.
 */
function formatFiguresAsText(
  def: TabDef,
  sheet: Sheet,
  layout: TabLayout,
  grid: readonly CellValue[][],
): void {
  const columns = new Set(
    [
      ...def.columns.filter(isFigureColumn).map((c) => layout.columns[c.key]),
      ...layout.yearColumns.map((y) => y.column),
    ].filter((c): c is number => c !== undefined),
  );
  const firstRow = layout.headerRow + 1;
  const rows = sheet.getMaxRows() - firstRow;
  if (columns.size === 0 || rows <= 0) return;
  const from = Math.min(...columns);
  const width = Math.max(...columns) - from + 1;
  const held = sheet.getRange(firstRow + 1, from + 1, rows, width).getNumberFormats();
  const empty = (v: CellValue | undefined) => v === "" || v === null || v === undefined;
  const formats = held.map((line, i) =>
    line.map((f, j) =>
      columns.has(from + j) && empty(grid[firstRow + i]?.[from + j]) ? PLAIN_TEXT_FORMAT : f,
    ),
  );
  writeChanged(sheet, firstRow, from, formats, held, sameExactly, (r, v) => r.setNumberFormats(v));
}

/** Appends the Thông tin rows the sheet lacks, under the last row; "Các năm học" gets the years. */
function addInfoKeys(
  sheet: Sheet,
  layout: TabLayout,
  grid: CellValue[][],
  years: readonly string[],
) {
  const keyColumn = layout.columns.infoKey!;
  const valueColumn = layout.columns.infoValue!;
  const present = new Set<InfoKey>();
  for (let r = layout.headerRow + 1; r < grid.length; r++) {
    const text = grid[r]?.[keyColumn];
    const key = typeof text === "string" ? findChoice(INFO_KEY_CHOICE, text) : undefined;
    if (key) present.add(key);
  }
  const missing = (Object.keys(INFO_KEYS) as InfoKey[]).filter((k) => !present.has(k));
  if (missing.length === 0) return;
  const width = Math.max(keyColumn, valueColumn) + 1;
  const rows = missing.map((k) => {
    const row: CellValue[] = Array<CellValue>(width).fill("");
    row[keyColumn] = INFO_KEYS[k];
    if (k === "schoolYears") row[valueColumn] = years.join("; ");
    return row;
  });
  const first = Math.max(grid.length, layout.headerRow + 1);
  ensureSize(sheet, first + rows.length, width);
  writeBlock(sheet, first, 0, rows);
}

/** True when a rule is a list of values mostly the same as ours: ours, or an older version of it. */
function isOurList(
  rule: DataValidation | null,
  labels: readonly string[],
  app: SpreadsheetApp,
): boolean {
  if (!rule || !sameEnum(rule.getCriteriaType(), app.DataValidationCriteria.VALUE_IN_LIST)) {
    return false;
  }
  const values = (rule.getCriteriaValues()[0] ?? []) as unknown[];
  const shared = values.filter((v) => labels.includes(String(v))).length;
  return shared * 2 >= labels.length;
}

function sameList(rule: DataValidation | null, labels: readonly string[]): boolean {
  const values = (rule?.getCriteriaValues()[0] ?? []) as unknown[];
  return values.length === labels.length && values.every((v, i) => v === labels[i]);
}

/**
 * Dropdowns for every closed list (except the Thông tin keys). Invalid entries are allowed:
 * people type the other names the core understands ("NS", "Cấp huyện"), and those must stay.
 * A column that already has someone else's validation is left alone; the column is judged by
 * its first cell that has one. The validations of every data row are read in one call, and
 * only the cells that lack ours get it (a column holding an older version of ours gets the
 * new one throughout), so a repair writes the cells that change.
 */
export function addDropdowns(
  def: TabDef,
  sheet: Sheet,
  layout: TabLayout,
  app: SpreadsheetApp,
): void {
  const columns = def.columns.filter(
    (c) => c.choice && c.key !== "infoKey" && layout.columns[c.key] !== undefined,
  );
  if (columns.length === 0) return;
  const firstRow = layout.headerRow + 2;
  const maxRows = sheet.getMaxRows();
  if (maxRows < firstRow) return;
  const width = Math.max(...columns.map((c) => layout.columns[c.key]!)) + 1;
  const rows = maxRows - firstRow + 1;
  const current = sheet.getRange(firstRow, 1, rows, width).getDataValidations();
  for (const c of columns) {
    const column = layout.columns[c.key]!;
    const labels = choiceLabels(c.choice!);
    const probe = current.find((line) => line[column])?.[column] ?? null;
    if (probe && !isOurList(probe, labels, app)) continue;
    const stale = probe !== null && !(sameList(probe, labels) && probe.getAllowInvalid());
    const blocks = changedBlocks(rows, 1, (r) => stale || !current[r]?.[column]);
    if (blocks.length === 0) continue;
    const rule = app
      .newDataValidation()
      .requireValueInList(labels, true)
      .setAllowInvalid(true)
      .setHelpText(ADDON.choiceHelp)
      .build();
    for (const b of blocks) rangeOf(sheet, b, firstRow - 1, column).setDataValidation(rule);
  }
}

/**
 * Warning-only protection over each block of computed columns, recognised by its description.
 * Whole columns ("N:Q"), not a row range: rows people add later are covered too. An older
 * protection of ours over a fixed row range is replaced.
 */
function protectComputed(def: TabDef, sheet: Sheet, layout: TabLayout, app: SpreadsheetApp): void {
  const computed = def.columns
    .filter((c) => c.computed && layout.columns[c.key] !== undefined)
    .map((c) => layout.columns[c.key]!)
    .sort((a, b) => a - b);
  const blocks = adjacentRuns(computed, (c) => c);
  const wanted = blocks.map((b) =>
    sheet.getRange(`${columnLetter(b[0]!)}:${columnLetter(b[b.length - 1]!)}`),
  );
  const ours = sheet
    .getProtections(app.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === ADDON.computedNote);
  const kept = new Set<string>();
  for (const p of ours) {
    const a1 = p.getRange().getA1Notation();
    if (p.isWarningOnly() && wanted.some((r) => r.getA1Notation() === a1) && !kept.has(a1)) {
      kept.add(a1);
    } else p.remove();
  }
  for (const range of wanted) {
    if (kept.has(range.getA1Notation())) continue;
    range.protect().setDescription(ADDON.computedNote).setWarningOnly(true);
  }
}
