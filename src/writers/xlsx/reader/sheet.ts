/**
 * One worksheet part (sheetN.xml) as the core's grid, parsed as a stream of SAX events.
 *
 * The grid is the one the in-memory exceljs reader gave (test/writers/xlsx-read-same.test.ts
 * compares both on every fixture): a row is as long as its last cell that has a value, a
 * formula or a style other than the default; a formula gives its cached result; a number
 * whose format is a date format becomes a Date; shared-string rich text becomes its plain
 * text; every cell of a merged range but the top-left one is null and the range's cells
 * exist (they lengthen their rows); trailing empty rows are dropped.
 */
import { SaxesParser } from "saxes";
import { type CellValue, dateOfSerial } from "../../../core/index.js";
import type { SheetContext } from "./package.js";

export interface SheetGrid {
  readonly values: CellValue[][];
  /** A1 addresses of formulas saved without a value (the file was never recalculated). */
  readonly formulasWithoutValue: string[];
}

/** Column number (1-based) of an A1 reference's letters; 0 when there are none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  return Number.parseInt(ref.slice(i), 10);
}

function letters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

/** Spreadsheet `_xHHHH_` escapes (control characters) in shared and rich text. */
export function unescapeText(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
}

const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
  "&apos;": "'",
  "&quot;": '"',
};

/**
 * Text of `t="str"` cells is decoded once more after XML parsing: "&amp;lt;" in the file is
 * "<" in the cell (this is what the in-memory reader did, and the grids stay the same).
 */
function decodeAgain(text: string): string {
  return text.indexOf("&") < 0 ? text : text.replace(/&[a-z]*;/g, (e) => ENTITIES[e] ?? e);
}

/**
 * A serial day number as a Date (1900 or 1904 date system), to the millisecond; the number
 * itself when no Date can hold that day, so the readers report the cell instead of a blank.
 */
export function serialToDate(serial: unknown, date1904: boolean): Date | number {
  const date = dateOfSerial(serial as number, date1904 ? 1462 : 0);
  return Number.isNaN(date.getTime()) ? (serial as number) : date;
}

/**
 * A number cell's stored text as a number; the text itself when it is none, or none a double
 * holds ("abc", "1e999" in a `t="n"` cell): the readers then name the cell and quote what is
 * there, and no NaN or Infinity ever reaches a grid, a sum or an output.
 */
export function numberOf(text: string): number | string {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

/** The cell being read: its attributes and the texts collected inside it. */
interface OpenCell {
  type: string | undefined;
  styled: boolean;
  date: boolean;
  value: string | undefined;
  sawValue: boolean;
  formula: boolean;
  formulaText: string;
  runs: string[] | undefined;
}

/** Which element's text is being collected. */
enum Collect {
  None = 0,
  /** a <v>, or a <t> outside a run */
  Value = 1,
  Formula = 2,
  /** a <t> inside a rich-text run */
  Run = 3,
}

/** The SAX events of one worksheet, folded into rows of cell values. */
class SheetReader {
  readonly rows: CellValue[][] = [];
  readonly formulasWithoutValue: string[] = [];
  readonly merges: string[] = [];
  private rowIndex = -1; // 0-based row of the current <row>
  private cells: CellValue[] = [];
  private col = 0; // 1-based column of the current cell
  private cell: OpenCell = SheetReader.blankCell(undefined, 0, false);
  private collecting = Collect.None;
  private inCell = false;
  private inRun = false;
  private run: string | undefined;

  constructor(private readonly context: SheetContext) {}

  private static blankCell(type: string | undefined, style: number, date: boolean): OpenCell {
    const styled = style > 0;
    return {
      type,
      styled,
      date: styled && date,
      value: undefined,
      sawValue: false,
      formula: false,
      formulaText: "",
      runs: undefined,
    };
  }

  open(name: string, attrs: Record<string, string>): void {
    switch (name) {
      case "c": {
        this.col = attrs.r ? columnOf(attrs.r) : this.col + 1;
        const style = attrs.s ? Number.parseInt(attrs.s, 10) : 0;
        this.cell = SheetReader.blankCell(
          attrs.t,
          style,
          style > 0 && this.context.isDateStyle(style),
        );
        this.inCell = true;
        return;
      }
      case "v":
        this.cell.sawValue = true;
        this.collecting = Collect.Value;
        return;
      case "t":
        this.collecting = this.inRun ? Collect.Run : Collect.Value;
        if (this.inRun) this.run = this.run ?? "";
        return;
      case "f":
        if (attrs.t) this.cell.formula = true; // a shared formula's slave has no text
        this.collecting = Collect.Formula;
        return;
      case "r":
        if (this.inCell) {
          this.inRun = true;
          this.run = undefined;
        }
        return;
      case "row":
        this.rowIndex = attrs.r ? Number.parseInt(attrs.r, 10) - 1 : this.rowIndex + 1;
        this.cells = [];
        this.rows[this.rowIndex] = this.cells;
        this.col = 0;
        return;
      case "mergeCell":
        if (attrs.ref) this.merges.push(attrs.ref);
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    const cell = this.cell;
    if (this.collecting === Collect.Value) {
      cell.value = cell.value === undefined ? text : cell.value + text;
    } else if (this.collecting === Collect.Run) this.run += text;
    else if (this.collecting === Collect.Formula) cell.formulaText += text;
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.collecting = Collect.None;
        return;
      case "r":
        if (this.inRun) {
          this.cell.runs ??= [];
          this.cell.runs.push(unescapeText(this.run ?? ""));
          this.inRun = false;
        }
        return;
      case "c":
        this.closeCell();
        return;
      default:
        return;
    }
  }

  private closeCell(): void {
    const cell = this.cell;
    if (cell.formulaText) cell.formula = true;
    let v: CellValue | undefined;
    if (cell.formula) v = this.formulaValue(cell);
    else if (cell.runs !== undefined && cell.value === undefined) v = cell.runs.join("");
    else if (cell.value !== undefined) v = this.plainValue(cell, cell.value);
    else if (cell.styled) v = null;
    const col = this.col;
    if (v !== undefined && col > 0) {
      const cells = this.cells;
      for (let i = cells.length; i < col - 1; i++) cells[i] = null;
      cells[col - 1] = v;
    }
    this.inCell = false;
    cell.runs = undefined;
  }

  /** A formula's cached result; null (and noted) when it was saved without one. */
  private formulaValue(cell: OpenCell): CellValue {
    const value = cell.value;
    if (!value) {
      if (!cell.sawValue)
        this.formulasWithoutValue.push(`${letters(this.col)}${this.rowIndex + 1}`);
      return null;
    }
    let result: CellValue;
    if (cell.type === "e") return value; // the error's text, as a plain cell's
    if (cell.type === "str") result = decodeAgain(value);
    else if (cell.type === "b") result = Number.parseInt(value, 10) !== 0;
    else result = numberOf(value);
    // As exceljs: a date format turns any cached result into a date (TRUE is day 1).
    return cell.date ? (serialToDate(result, this.context.date1904) as CellValue) : result;
  }

  private plainValue(cell: OpenCell, value: string): CellValue {
    switch (cell.type) {
      case "s":
        return this.context.sharedString(Number.parseInt(value, 10));
      case "str":
        return decodeAgain(value);
      case "inlineStr":
        return cell.runs ? cell.runs.join("") : value;
      case "b":
        return Number.parseInt(value, 10) !== 0;
      case "e":
        return value;
      default: {
        const n = numberOf(value);
        return cell.date && typeof n === "number" ? serialToDate(n, this.context.date1904) : n;
      }
    }
  }
}

/** Parses one worksheet's XML into its grid. */
export function readSheet(xml: string, context: SheetContext): SheetGrid {
  const reader = new SheetReader(context);
  const parser = new SaxesParser();
  parser.on("opentag", (node) => reader.open(node.name, node.attributes as Record<string, string>));
  parser.on("text", (text) => reader.text(text));
  parser.on("closetag", (node) => reader.close(node.name));
  parser.write(xml).close();

  const rows = reader.rows;
  for (const ref of reader.merges) mergeRange(rows, ref);
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null || v === "")) {
    rows.pop();
  }
  return { values: rows, formulasWithoutValue: reader.formulasWithoutValue };
}

/** Blanks a merged range's cells but the top-left one; they all exist, so rows lengthen. */
function mergeRange(rows: CellValue[][], ref: string): void {
  const [from, to = from] = ref.split(":") as [string, string?];
  const top = rowOf(from) - 1;
  const left = columnOf(from) - 1;
  const bottom = rowOf(to) - 1;
  const right = columnOf(to) - 1;
  if (!(top >= 0 && left >= 0 && bottom >= top && right >= left)) return;
  for (let r = top; r <= bottom; r++) {
    const row = rows[r] ?? [];
    rows[r] = row;
    for (let c = row.length; c <= right; c++) row[c] = null;
    for (let c = left; c <= right; c++) if (r > top || c > left) row[c] = null;
  }
}
