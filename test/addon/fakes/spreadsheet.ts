/**
 * An in-memory spreadsheet: sheets of cell values with the formats, validations,
 * protections, conditional-format rules and charts the add-on touches. It behaves like
 * Apps Script where that matters to the add-on: writes outside the grid throw, a new sheet
 * is 1000 × 26, a leading apostrophe keeps text as text, "=" starts a formula.
 */
import type {
  ConditionalFormatRule,
  DataValidation,
  EmbeddedChart,
  EmbeddedChartBuilder,
  Protection,
  Range,
  Sheet,
  Spreadsheet,
} from "../../../src/addon/gas.js";
import { a1, parseA1 } from "../../../src/core/base/text.js";
import { type FakeChart, FakeChartBuilder, ProtectionType } from "./builders.js";
import { Calls, counted } from "./calls.js";

export type Value = string | number | boolean | Date;

/** A cell or a range in A1 notation as 1-based row and column and a size, as Apps Script reads it. */
function parseRange(a1: string): { row: number; column: number; rows: number; columns: number } {
  const [from, to = from] = a1.split(":");
  const start = parseA1(from ?? "");
  const end = parseA1(to ?? "");
  if (!start || !end || a1.split(":").length > 2) throw new Error(`Range not found: ${a1}`);
  return {
    row: start.row + 1,
    column: start.column + 1,
    rows: end.row - start.row + 1,
    columns: end.column - start.column + 1,
  };
}

/** Strings Sheets would parse as something other than text when written without a leading apostrophe. */
export const AMBIGUOUS_TEXT = /^\s*[+\-\d.,]|^\s*(true|false)\s*$/i;

export class FakeSpreadsheet implements Spreadsheet {
  readonly _calls: Calls;
  readonly _sheets: FakeSheet[] = [];
  readonly _toasts: string[] = [];
  /** For each SpreadsheetApp.flush(), how many toasts had been shown before it. */
  readonly _flushes: number[] = [];
  _active: { sheet: string; range?: string } | undefined;
  /** Strings written that Sheets would have turned into numbers, dates or booleans. */
  _ambiguous: string[] = [];

  constructor(calls = new Calls()) {
    this._calls = calls;
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "Spreadsheet", calls);
  }

  /** A spreadsheet holding these grids, as if typed by people (not counted). */
  static fromGrids(grids: readonly { name: string; values: unknown[][] }[]): FakeSpreadsheet {
    const ss = new FakeSpreadsheet();
    for (const g of grids) {
      const sheet = ss._addSheet(g.name);
      const rows = g.values.length;
      const columns = Math.max(0, ...g.values.map((r) => r.length));
      sheet._maxRows = Math.max(sheet._maxRows, rows);
      sheet._maxColumns = Math.max(sheet._maxColumns, columns);
      g.values.forEach((r, i) => {
        r.forEach((v, j) => {
          sheet._set(i, j, v);
        });
      });
    }
    return ss;
  }

  _addSheet(name: string, index = this._sheets.length): FakeSheet {
    if (this._sheets.some((s) => s._name === name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name);
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  _sheet(name: string): FakeSheet | undefined {
    return this._sheets.find((s) => s._name === name);
  }

  getSheets(): Sheet[] {
    return [...this._sheets];
  }

  getNumSheets(): number {
    return this._sheets.length;
  }

  _name = "Tổng kết Chi bộ (bản thử)";
  _id = "1FakeSpreadsheetId";
  getName(): string {
    return this._name;
  }

  getId(): string {
    return this._id;
  }

  insertSheet(name: string, index: number): Sheet {
    const sheet = this._addSheet(name, index);
    this._active = { sheet: name };
    return sheet;
  }

  toast(msg: string, _title?: string, _timeoutSeconds?: number | null): void {
    this._toasts.push(msg);
  }
}

export class FakeProtection implements Protection {
  _description = "";
  _warningOnly = false;
  constructor(
    readonly _sheet: FakeSheet,
    readonly _range: FakeRange | undefined,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "Protection", _sheet._book._calls);
  }
  getDescription() {
    return this._description;
  }
  setDescription(description: string) {
    this._description = description;
    return this;
  }
  isWarningOnly() {
    return this._warningOnly;
  }
  setWarningOnly(warningOnly: boolean) {
    this._warningOnly = warningOnly;
    return this;
  }
  getRange(): Range {
    return this._range ?? this._sheet._range(1, 1, this._sheet._maxRows, this._sheet._maxColumns);
  }
  remove() {
    const list = this._sheet._protections;
    const i = list.findIndex((p) => p === this || (p as unknown) === (this as unknown));
    if (i >= 0) list.splice(i, 1);
  }
}

export class FakeSheet implements Sheet {
  _maxRows = 1000;
  _maxColumns = 26;
  _frozenRows = 0;
  /** When set, value writes fail as a service error would. */
  _failWrites = false;
  /** Row-major cell values; missing cells are "". */
  readonly _values: Value[][] = [];
  readonly _formats = new Map<string, string>();
  /** Cells written as formulas ("=…" without a leading apostrophe), by "row,column". */
  readonly _formulas = new Map<string, string>();
  readonly _backgrounds = new Map<string, string | null>();
  readonly _weights = new Map<string, string | null>();
  readonly _wraps = new Map<string, boolean>();
  readonly _validations = new Map<string, DataValidation | null>();
  readonly _widths = new Map<number, number>();
  _protections: FakeProtection[] = [];
  _rules: ConditionalFormatRule[] = [];
  _charts: FakeChart[] = [];

  constructor(
    readonly _book: FakeSpreadsheet,
    public _name: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "Sheet", _book._calls);
  }

  _get(row: number, column: number): Value {
    return this._values[row]?.[column] ?? "";
  }

  _set(row: number, column: number, value: unknown): void {
    const line = this._values[row] ?? [];
    this._values[row] = line;
    while (line.length < column) line.push("");
    line[column] = value === null || value === undefined ? "" : (value as Value);
  }

  /**
   * A cell typed by hand (0-based), as Sheets in a Vietnamese locale takes it: in a cell not
   * formatted as plain text ("@"), "4-5", "10/2022" or "1/2/2025" becomes a date (day first;
   * a missing year is this year, a missing day the 1st) shown in a date format.
   */
  _typeByHand(row: number, column: number, text: string): void {
    const key = `${row},${column}`;
    const m = /^\s*(\d{1,2})[-/](\d{1,4})(?:[-/](\d{2,4}))?\s*$/.exec(text);
    if (this._formats.get(key) === "@" || !m) {
      this._set(row, column, text);
      return;
    }
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    // "10/2022": month and year; "4-5": day and month of this year; "1/2/2025": all three.
    const [day, month, year] =
      b > 12 ? [1, a, b] : [a, b, c === undefined ? new Date().getFullYear() : c];
    this._set(row, column, new Date(year, month - 1, day));
    this._formats.set(key, "dd/mm/yyyy");
  }

  /** Last row and column (1-based) holding a value; 0 when empty. */
  _extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this._values.forEach((line, r) => {
      line.forEach((v, c) => {
        if (v !== "") {
          rows = Math.max(rows, r + 1);
          columns = Math.max(columns, c + 1);
        }
      });
    });
    return { rows, columns };
  }

  _range(row: number, column: number, rows: number, columns: number): FakeRange {
    if (row < 1 || column < 1 || rows < 1 || columns < 1) {
      throw new Error("The starting row/column and size of the range must be at least 1.");
    }
    if (row + rows - 1 > this._maxRows || column + columns - 1 > this._maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, row, column, rows, columns);
  }

  /** The grid of values as getValues would give it, for tests. */
  _grid(): Value[][] {
    const { rows, columns } = this._extent();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this._get(r, c)),
    );
  }

  getName() {
    return this._name;
  }
  getMaxRows() {
    return this._maxRows;
  }
  getMaxColumns() {
    return this._maxColumns;
  }
  getLastRow() {
    return this._extent().rows;
  }
  getLastColumn() {
    return this._extent().columns;
  }
  getFrozenRows() {
    return this._frozenRows;
  }
  setFrozenRows(rows: number) {
    this._frozenRows = rows;
  }
  getDataRange(): Range {
    const { rows, columns } = this._extent();
    return this._range(1, 1, Math.max(1, rows), Math.max(1, columns));
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRange(a1Notation: string): Range;
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const columns = typeof a === "string" ? /^([A-Z]+):([A-Z]+)$/.exec(a) : null;
    if (columns) {
      // Whole columns ("N:Q"): every row, those added later included.
      const first = parseA1(`${columns[1]}1`)!.column + 1;
      const last = parseA1(`${columns[2]}1`)!.column + 1;
      return new FakeRange(this, 1, first, this._maxRows, last - first + 1, true);
    }
    if (typeof a === "string") {
      const p = parseRange(a);
      return this._range(p.row, p.column, p.rows, p.columns);
    }
    return this._range(a, column!, numRows!, numColumns!);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    if (afterPosition !== this._maxColumns)
      throw new Error("fake: only appends columns at the end");
    this._maxColumns += howMany;
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    if (afterPosition !== this._maxRows) throw new Error("fake: only appends rows at the end");
    this._maxRows += howMany;
    return this;
  }
  setColumnWidth(column: number, width: number) {
    this._widths.set(column, width);
    return this;
  }
  clearContents() {
    const { rows, columns } = this._extent();
    this._book._calls.cellsWritten += rows * columns;
    this._values.length = 0;
    this._formulas.clear();
    return this;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    return this._protections.filter(
      (p) => (p._range ? ProtectionType.RANGE : ProtectionType.SHEET) === type,
    );
  }
  protect(): Protection {
    const p = new FakeProtection(this, undefined);
    this._protections.push(p);
    return p;
  }
  getConditionalFormatRules() {
    return [...this._rules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]) {
    this._rules = [...rules];
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }
  removeChart(chart: EmbeddedChart) {
    const i = this._charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (i < 0) throw new Error("Chart not found");
    this._charts.splice(i, 1);
  }
  newChart(): EmbeddedChartBuilder {
    return new FakeChartBuilder(this._book._calls);
  }
  insertChart(chart: EmbeddedChart) {
    this._charts.push(chart as unknown as FakeChart);
  }
  activate() {
    this._book._active = { sheet: this._name };
    return this;
  }
}

export class FakeRange implements Range {
  constructor(
    readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _column: number,
    readonly _rows: number,
    readonly _columns: number,
    /** Whole columns ("N:Q"), open at the bottom: they grow with the sheet. */
    readonly _wholeColumns = false,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "Range", _sheet._book._calls);
  }

  /** Whether the range holds a cell (1-based), as it stands now. */
  _covers(row: number, column: number): boolean {
    const inColumns = column >= this._column && column < this._column + this._columns;
    if (this._wholeColumns) return inColumns && row >= 1 && row <= this._sheet._maxRows;
    return inColumns && row >= this._row && row < this._row + this._rows;
  }

  _each(f: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this._rows; i++) {
      for (let j = 0; j < this._columns; j++) f(this._row - 1 + i, this._column - 1 + j, i, j);
    }
  }

  _matrix<T>(f: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this._columns; j++) line.push(f(this._row - 1 + i, this._column - 1 + j));
      out.push(line);
    }
    return out;
  }

  _checkShape(values: readonly (readonly unknown[])[]): void {
    if (values.length !== this._rows || values.some((r) => r.length !== this._columns)) {
      const got = `${values.length} x ${values[0]?.length ?? 0}`;
      throw new Error(
        `The number of rows or columns in the data does not match the range: data ${got}, range ${this._rows} x ${this._columns}.`,
      );
    }
  }

  _key(row: number, column: number): string {
    return `${row},${column}`;
  }

  /** Counts the cells a write sets: the whole range. */
  _wrote(): void {
    this._sheet._book._calls.cellsWritten += this._rows * this._columns;
  }

  getValues() {
    return this._matrix((r, c) => this._sheet._get(r, c));
  }
  setValues(values: unknown[][]) {
    if (this._sheet._failWrites)
      throw new Error("Service Spreadsheets failed while accessing document.");
    this._checkShape(values);
    this._wrote();
    this._each((r, c, i, j) => {
      let v = values[i]![j];
      this._sheet._formulas.delete(this._key(r, c));
      if (typeof v === "string") {
        if (v.startsWith("=")) this._sheet._formulas.set(this._key(r, c), v);
        if (v.startsWith("'")) v = v.slice(1);
        else if (!v.startsWith("=") && AMBIGUOUS_TEXT.test(v)) this._sheet._book._ambiguous.push(v);
      }
      this._sheet._set(r, c, v);
    });
    return this;
  }
  getFormulas() {
    return this._matrix((r, c) => this._sheet._formulas.get(this._key(r, c)) ?? "");
  }
  getFontWeights() {
    return this._matrix(
      (r, c) => (this._sheet._weights.get(this._key(r, c)) ?? "normal") as "bold" | "normal",
    );
  }
  getNumberFormats() {
    return this._matrix((r, c) => this._sheet._formats.get(this._key(r, c)) ?? "General");
  }
  setNumberFormats(formats: string[][]) {
    this._checkShape(formats);
    this._wrote();
    this._each((r, c, i, j) => this._sheet._formats.set(this._key(r, c), formats[i]![j]!));
    return this;
  }
  setNumberFormat(format: string) {
    this._wrote();
    this._each((r, c) => this._sheet._formats.set(this._key(r, c), format));
    return this;
  }
  setBackground(color: string | null) {
    this._wrote();
    this._each((r, c) => this._sheet._backgrounds.set(this._key(r, c), color));
    return this;
  }
  setBackgrounds(colors: (string | null)[][]) {
    this._checkShape(colors);
    this._wrote();
    this._each((r, c, i, j) => this._sheet._backgrounds.set(this._key(r, c), colors[i]![j]!));
    return this;
  }
  setFontWeight(weight: "bold" | "normal" | null) {
    this._wrote();
    this._each((r, c) => this._sheet._weights.set(this._key(r, c), weight));
    return this;
  }
  setFontWeights(weights: ("bold" | "normal" | null)[][]) {
    this._checkShape(weights);
    this._wrote();
    this._each((r, c, i, j) => this._sheet._weights.set(this._key(r, c), weights[i]![j]!));
    return this;
  }
  setWrap(wrap: boolean) {
    this._wrote();
    this._each((r, c) => this._sheet._wraps.set(this._key(r, c), wrap));
    return this;
  }
  setWraps(wraps: boolean[][]) {
    this._checkShape(wraps);
    this._wrote();
    this._each((r, c, i, j) => this._sheet._wraps.set(this._key(r, c), wraps[i]![j]!));
    return this;
  }
  /** Sheets wraps no cell until told to. */
  getWraps() {
    return this._matrix((r, c) => this._sheet._wraps.get(this._key(r, c)) ?? false);
  }
  /** Sheets reads a cell with no background as white. */
  getBackgrounds() {
    return this._matrix((r, c) => this._sheet._backgrounds.get(this._key(r, c)) ?? "#ffffff");
  }
  getDataValidations() {
    return this._matrix((r, c) => this._sheet._validations.get(this._key(r, c)) ?? null);
  }
  setDataValidation(rule: DataValidation | null) {
    this._wrote();
    this._each((r, c) => this._sheet._validations.set(this._key(r, c), rule));
    return this;
  }
  protect(): Protection {
    const p = new FakeProtection(this._sheet, this);
    this._sheet._protections.push(p);
    return p;
  }
  activate() {
    this._sheet._book._active = { sheet: this._sheet._name, range: this.getA1Notation() };
    return this;
  }
  getSheet(): Sheet {
    return this._sheet;
  }
  getA1Notation() {
    if (this._wholeColumns) {
      const letter = (c: number) => a1(0, c - 1).replace(/\d+$/, "");
      return `${letter(this._column)}:${letter(this._column + this._columns - 1)}`;
    }
    const start = a1(this._row - 1, this._column - 1);
    if (this._rows === 1 && this._columns === 1) return start;
    return `${start}:${a1(this._row + this._rows - 2, this._column + this._columns - 2)}`;
  }
  getRow() {
    return this._row;
  }
  /** Whole columns count every row the sheet has now. */
  get _numRows() {
    return this._wholeColumns ? this._sheet._maxRows : this._rows;
  }
  getColumn() {
    return this._column;
  }
  getNumRows() {
    return this._numRows;
  }
  getNumColumns() {
    return this._columns;
  }
}
