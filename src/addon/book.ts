/**
 * The thin adapter between the spreadsheet service and the core's named grids. Every tab is
 * read with one `getDataRange().getValues()` and written with one `setValues` per block;
 * nothing here loops over cells with service calls.
 */

import type { CellValue, NamedGrid } from "../core/index.js";
import { matchKey, SCHEMA } from "../core/index.js";
import type { Sheet, Spreadsheet } from "./gas.js";

export interface Tab {
  readonly sheet: Sheet;
  /** The name as the spreadsheet spells it. */
  readonly name: string;
}

/** A tab read whole: the sheet and its grid. */
export interface ReadTab extends Tab, NamedGrid {}

/** The spreadsheet's tabs, their names read once. */
export class Book {
  readonly tabs: Tab[];

  constructor(readonly ss: Spreadsheet) {
    this.tabs = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  }

  /** Finds a tab whatever its Unicode form, tone placement, case or spacing. */
  find(name: string): Tab | undefined {
    const exact = this.tabs.find((t) => t.name === name);
    if (exact) return exact;
    const key = matchKey(name);
    return this.tabs.find((t) => matchKey(t.name) === key);
  }

  /** Adds a tab at the end. */
  add(name: string): Tab {
    const tab = { sheet: this.ss.insertSheet(name, this.tabs.length), name };
    this.tabs.push(tab);
    return tab;
  }

  findOrAdd(name: string): { tab: Tab; created: boolean } {
    const found = this.find(name);
    return found ? { tab: found, created: false } : { tab: this.add(name), created: true };
  }

  /** Reads every tab the schema knows, one call for its values. */
  readSchemaTabs(): ReadTab[] {
    const out: ReadTab[] = [];
    for (const def of SCHEMA) {
      const tab = this.find(def.name);
      if (tab) out.push({ ...tab, values: readGrid(tab.sheet) });
    }
    return out;
  }
}

/**
 * A tab the add-on owns and rewrites whole (Tổng hợp, Biểu đồ). When it is created it gets a
 * warning-only protection, so someone typing there is told their text will be replaced.
 */
export function ownedTab(book: Book, name: string, note: string): Tab {
  const { tab, created } = book.findOrAdd(name);
  if (created) tab.sheet.protect().setDescription(note).setWarningOnly(true);
  return tab;
}

/** The whole used area of a sheet; an empty sheet gives no rows. */
export function readGrid(sheet: Sheet): CellValue[][] {
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return isBlankGrid(values) ? [] : values;
}

export function isBlankGrid(values: readonly (readonly CellValue[])[]): boolean {
  return values.every((row) => row.every((v) => v === "" || v === null || v === undefined));
}

/**
 * Strings Sheets would reinterpret when written (a leading "=", "+", "-" or digit, TRUE/FALSE)
 * get a leading apostrophe so they stay text: "+0,3" must not become a number, and a label
 * typed as "=…" must not become a formula. Formulas the add-on means are passed through
 * {@link formula}.
 */
export function asCell(value: CellValue | Formula): unknown {
  if (value instanceof Formula) return value.text;
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  if (/^\s*[=+\-'@\d.,]/.test(value) || /^\s*(true|false)\s*$/i.test(value)) return `'${value}`;
  return value;
}

/** A formula the add-on writes on purpose (SPARKLINE). */
export class Formula {
  constructor(readonly text: string) {}
}

/** Makes sure the sheet has at least this many rows and columns (writes outside fail). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes a rectangle of values at 0-based (row, column) in one call. */
export function writeBlock(
  sheet: Sheet,
  row: number,
  column: number,
  values: readonly (readonly (CellValue | Formula)[])[],
): void {
  const width = values[0]?.length ?? 0;
  if (values.length === 0 || width === 0) return;
  sheet
    .getRange(row + 1, column + 1, values.length, width)
    .setValues(values.map((r) => r.map(asCell)));
}
