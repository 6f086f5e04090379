/** Time cells: school years, calendar days and the periods membership figures hold for. */

import { dateOfSerial } from "../../base/numbers.js";
import { issue } from "../../base/problems.js";
import { anyOf, foldKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import { DATE_WORDS, SCHOOL_YEAR_WORDS } from "../../vocabulary/words.js";
import { type CellValue, isParsed, type Parsed, prelude, show } from "./value.js";

export interface Period {
  /** As shown: "2020", "01/2022", "03/10/2022" or "2019-2020". */
  readonly text: string;
  /** Sortable: "2020", "2022-01", "2022-10-03", "2019-2020". */
  readonly sortKey: string;
  readonly year: number;
}

const SCHOOL_YEAR = new RegExp(
  String.raw`^(?:${anyOf(SCHOOL_YEAR_WORDS)}\s*)?(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$`,
);
const DAY_WORD = new RegExp(String.raw`^${anyOf([DATE_WORDS.day])}\s*`);
const DAY_IN_WORDS = new RegExp(
  String.raw`^(\d{1,2}) ${anyOf([DATE_WORDS.month])} (\d{1,2}) ${anyOf([DATE_WORDS.year])} (\d{4})$`,
);
const PERIOD_WORD = new RegExp(String.raw`^(${anyOf([DATE_WORDS.year, DATE_WORDS.month])})\s*`);

/** "2019-2020", "2019 – 2020", "NH 2019/2020", "Năm học 2019-2020" → "2019-2020". */
export function parseSchoolYear(raw: CellValue): Parsed<string> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  const text = show(p as string);
  const m = SCHOOL_YEAR.exec(foldKey(text));
  if (m) {
    const first = Number(m[1]);
    let second = Number(m[2]);
    if (m[2]!.length === 2) second += Math.floor(first / 100) * 100;
    if (second === first + 1 && first > 1900 && first < 2200) {
      return { value: `${first}-${second}` };
    }
  }
  return { value: null, issue: issue("error", "bad-school-year", MESSAGES.badSchoolYear(text)) };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

interface Day {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * A date cell's calendar day. Sheets hands Apps Script local midnight in the sheet's time
 * zone; exceljs hands Node UTC midnight. Reading UTC parts when the time is exactly UTC
 * midnight, local parts otherwise, gives the typed day in both.
 */
function dateParts(d: Date): Day {
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return utcMidnight
    ? { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
    : { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

/**
 * A date in a column that holds no dates (a target, a result, a count, an amount): what a
 * spreadsheet makes of "4-5", "10/2022" or "1-2" typed into a cell not formatted as text. No
 * figure, and never printed as a date: the cell is a gap with a warning naming it. What was
 * typed is not guessed back: "4-5" may have become 4 May or 5 April, as the locale reads it.
 */
export function dateInFigure(d: Date): Parsed<never> {
  return {
    value: null,
    issue: issue("warning", "date-in-figure", MESSAGES.dateInFigure(formatPeriodDate(d))),
  };
}

/** A date cell as the sheet shows it: "03/10/2022". */
export function formatPeriodDate(d: Date): string {
  const p = dateParts(d);
  return `${pad2(p.d)}/${pad2(p.m)}/${p.y}`;
}

/** Serial day numbers as Sheets and Excel count them (1899-12-30 is day 0). */
function fromSerial(serial: number): Day {
  const d = dateOfSerial(Math.round(serial));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The day a typed date names: "03/10/2022", "3-10-2022", "2022-10-03", "3 tháng 10 năm 2022". */
function dayOfText(text: string): Day | undefined {
  const f = foldKey(text).replace(DAY_WORD, "");
  let parts: Day | undefined;
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f);
  if (m) parts = { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(f);
  if (m) parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = DAY_IN_WORDS.exec(f);
  if (m) parts = { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
  return parts;
}

/** A calendar day: Date cells, serial numbers, "03/10/2022", "3-10-2022", "2022-10-03". */
export function parseDate(raw: CellValue): Parsed<Period> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  let parts: Day | undefined;
  if (p instanceof Date) parts = dateParts(p);
  else if (typeof p === "number" && p > 1 && p < 2958466) parts = fromSerial(p);
  else if (typeof p === "string") parts = dayOfText(p);
  if (!parts || !validDay(parts.y, parts.m, parts.d)) {
    return { value: null, issue: issue("error", "bad-date", MESSAGES.badDate(show(raw))) };
  }
  return {
    value: {
      text: `${pad2(parts.d)}/${pad2(parts.m)}/${parts.y}`,
      sortKey: `${parts.y}-${pad2(parts.m)}-${pad2(parts.d)}`,
      year: parts.y,
    },
  };
}

/** When a membership figure holds: a year ("2020"), a month ("01/2022"), a day or a school year. */
export function parsePeriod(raw: CellValue): Parsed<Period> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  if (typeof p === "number" && Number.isInteger(p) && p > 1900 && p < 2200) {
    return { value: { text: String(p), sortKey: String(p), year: p } };
  }
  if (typeof p === "string") {
    const f = foldKey(p).replace(PERIOD_WORD, "");
    if (/^\d{4}$/.test(f)) return { value: { text: f, sortKey: f, year: Number(f) } };
    const month = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
      const m = pad2(Number(month[1]));
      return {
        value: { text: `${m}/${month[2]}`, sortKey: `${month[2]}-${m}`, year: Number(month[2]) },
      };
    }
    const sy = parseSchoolYear(p);
    if (sy.value) {
      return { value: { text: sy.value, sortKey: sy.value, year: Number(sy.value.slice(5)) } };
    }
  }
  return parseDate(raw);
}
