/** Number helpers with no words in them. */

/**
 * The largest figure a cell may hold: a million tỷ đồng, far beyond any school's sums, and
 * small enough that a million of them still add up to a finite number. Beyond it a figure is a
 * typing accident (or a fuzzer's 1e308), reported at its cell rather than carried into sums
 * that would overflow to Infinity.
 */
export const MAX_FIGURE = 1e15;

/** Whether a number is beyond {@link MAX_FIGURE} either way (or not a number at all). */
export function beyondBound(n: number): boolean {
  return !(Math.abs(n) <= MAX_FIGURE);
}

/**
 * Rounds away float noise such as 0.993 × 100 = 99.30000000000001 (to nine decimals). Figures
 * read from cells and gaps computed from them pass through it.
 */
export function roundFloatNoise(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** A figure to twelve significant digits: what a spreadsheet stores and shows of a quotient. */
export function toTwelveDigits(n: number): number {
  return Number(n.toPrecision(12));
}

/** Days from 1899-12-30 (spreadsheets' day 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A spreadsheet serial day number (1899-12-30 is day 0, fractions are the time of day) as a
 * Date, to the millisecond (an invalid Date beyond what a Date can hold). `offsetDays` shifts
 * the day 0 (1462 for the 1904 date system).
 *
 * The float steps are exceljs's (`(serial − 25569 + offset) × 24 × 3600 × 1000`, each product
 * rounded in turn): multiplying by 86 400 000 at once rounds differently for large serials
 * (−98 504 057.67997022 lands a millisecond apart), and the grids must stay those exceljs read.
 */
export function dateOfSerial(serial: number, offsetDays = 0): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + offsetDays) * 24 * 3600 * 1000));
}

const FIRST_SPREADSHEET_DAY = Date.UTC(1899, 11, 30);
const LAST_SPREADSHEET_DAY = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * Whether a spreadsheet can hold the date: from 1899-12-30 (day 0) to 9999-12-31. A Date
 * outside (or invalid) is no date a spreadsheet, or openpyxl reading the archive, can show.
 */
export function isSpreadsheetDate(date: Date): boolean {
  const time = date.getTime();
  return time >= FIRST_SPREADSHEET_DAY && time <= LAST_SPREADSHEET_DAY;
}

/**
 * Items grouped into runs of adjacent indexes, in the given order: columns 3, 4, 5, 8 give
 * [3, 4, 5] and [8]. Used to write or protect each block of adjacent columns at once.
 */
export function adjacentRuns<T>(items: readonly T[], indexOf: (item: T) => number): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && indexOf(last[last.length - 1]!) + 1 === indexOf(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
