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
  const date = dateOfSerial((serial as number) + (date1904 ? 1462 : 0));
  // Spreadsheets' days run from 1899-12-30 (day 0) to 9999-12-31: a serial outside is no date
  // a spreadsheet (or openpyxl reading the archive) can show, even when JavaScript could.
  return isSpreadsheetDate(date) ? date : (serial as number);
}

const FIRST_DAY = Date.UTC(1899, 11, 30);
const LAST_DAY = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Whether a spreadsheet can hold the date: from 1899-12-30 (day 0) to 9999-12-31. */
export function isSpreadsheetDate(date: Date): boolean {
  const time = date.getTime();
  return time >= FIRST_DAY && time <= LAST_DAY;
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

/** Parses one worksheet's XML into its grid. */
export function readSheet(xml: string, context: SheetContext): SheetGrid {
  const rows: CellValue[][] = [];
  const formulasWithoutValue: string[] = [];
  const merges: string[] = [];

  let rowIndex = -1; // 0-based row of the current <row>
  let cells: CellValue[] = [];
  let col = 0; // 1-based column of the current cell
  // The current <c>:
  let type: string | undefined;
  let styled = false;
  let date = false;
  let value: string | undefined;
  let sawValue = false;
  let formula = false;
  let runs: string[] | undefined;
  let run: string | undefined;
  // Which element's text is being collected: 1 <v> or a <t> outside a run, 2 <f>, 3 <t> in a run.
  let collecting = 0;
  let inCell = false;
  let inRun = false;
  let formulaText = "";

  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    switch (node.name) {
      case "c": {
        const attrs = node.attributes as Record<string, string>;
        const ref = attrs.r;
        col = ref ? columnOf(ref) : col + 1;
        type = attrs.t;
        inCell = true;
        const s = attrs.s ? Number.parseInt(attrs.s, 10) : 0;
        styled = s > 0;
        date = styled && context.isDateStyle(s);
        value = undefined;
        sawValue = false;
        formula = false;
        formulaText = "";
        runs = undefined;
        return;
      }
      case "v":
        sawValue = true;
        collecting = 1;
        return;
      case "t":
        collecting = inRun ? 3 : 1;
        if (inRun) run = run ?? "";
        return;
      case "f": {
        const shareType = (node.attributes as Record<string, string>).t;
        if (shareType) formula = true;
        collecting = 2;
        return;
      }
      case "r":
        if (inCell) {
          inRun = true;
          run = undefined;
        }
        return;
      case "row": {
        const r = (node.attributes as Record<string, string>).r;
        rowIndex = r ? Number.parseInt(r, 10) - 1 : rowIndex + 1;
        cells = [];
        rows[rowIndex] = cells;
        col = 0;
        return;
      }
      case "mergeCell": {
        const ref = (node.attributes as Record<string, string>).ref;
        if (ref) merges.push(ref);
        return;
      }
      default:
        return;
    }
  });
  parser.on("text", (text) => {
    if (collecting === 1) value = value === undefined ? text : value + text;
    else if (collecting === 3) run += text;
    else if (collecting === 2) formulaText += text;
  });
  parser.on("closetag", (node) => {
    switch (node.name) {
      case "v":
      case "f":
        collecting = 0;
        return;
      case "t":
        collecting = 0;
        return;
      case "r":
        if (inRun) {
          runs ??= [];
          runs.push(unescapeText(run ?? ""));
          inRun = false;
        }
        return;
      case "c":
        closeCell();
        return;
      default:
        return;
    }
  });

  function closeCell(): void {
    if (formulaText) formula = true;
    let v: CellValue | undefined;
    if (formula) {
      if (value) {
        let result: unknown;
        if (type === "str") result = decodeAgain(value);
        else if (type === "b") result = Number.parseInt(value, 10) !== 0;
        else if (type === "e") result = { error: value };
        else result = numberOf(value);
        if (date && typeof result === "number") result = serialToDate(result, context.date1904);
        v =
          typeof result === "object" && result !== null && !(result instanceof Date)
            ? (result as { error: string }).error
            : (result as CellValue);
      } else {
        v = null;
        if (!sawValue) formulasWithoutValue.push(`${letters(col)}${rowIndex + 1}`);
      }
    } else if (runs !== undefined && value === undefined) {
      v = runs.join("");
    } else if (value !== undefined) {
      switch (type) {
        case "s":
          v = context.sharedString(Number.parseInt(value, 10));
          break;
        case "str":
          v = decodeAgain(value);
          break;
        case "inlineStr":
          v = runs ? runs.join("") : value;
          break;
        case "b":
          v = Number.parseInt(value, 10) !== 0;
          break;
        case "e":
          v = value;
          break;
        default: {
          const n = numberOf(value);
          v = date && typeof n === "number" ? serialToDate(n, context.date1904) : n;
        }
      }
    } else if (styled) {
      v = null;
    }
    if (v !== undefined && col > 0) {
      for (let i = cells.length; i < col - 1; i++) cells[i] = null;
      cells[col - 1] = v;
    }
    inCell = false;
    runs = undefined;
  }

  parser.write(xml).close();

  for (const ref of merges) mergeRange(rows, ref);
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  while (rows.length > 0 && rows[rows.length - 1]!.every((v) => v === null || v === "")) {
    rows.pop();
  }
  return { values: rows, formulasWithoutValue };
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
