/**
 * What every cell parser shares: the values a cell can hold, the shape of a parse, and the
 * front door that deals with empty cells, formula errors and whitespace. Nothing here throws.
 */

import { isSpreadsheetDate } from "../../base/numbers.js";
import { type Issue, issue } from "../../base/problems.js";
import { cleanText } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";

/** Anything `Range.getValues()` or a parsed XLSX can put in a cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** What a parse gives: a value, nothing (empty cell), and maybe an issue. */
export interface Parsed<T> {
  readonly value: T | null;
  readonly issue?: Issue;
}

const ERROR_CODES = new Set([
  "#n/a",
  "#ref!",
  "#value!",
  "#div/0!",
  "#name?",
  "#num!",
  "#null!",
  "#error!",
  "#getting_data",
  "#spill!",
  "#calc!",
  "#n/a!",
]);

export const NOTHING: Parsed<never> = { value: null };

/** A cell as a message quotes it. */
export function show(raw: CellValue): string {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "" : raw.toISOString().slice(0, 10);
  return cleanText(String(raw));
}

/** Shared front door: empty cells, errors and whitespace. */
export function prelude(raw: CellValue): Parsed<never> | string | number | boolean | Date {
  if (raw === null || raw === undefined) return NOTHING;
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : { value: null, issue: notANumber(String(raw)) };
  }
  if (typeof raw === "boolean" || raw instanceof Date) {
    // A date beyond what a Date holds (a huge serial in a date-formatted cell), or one no
    // spreadsheet holds (before 1899-12-30, after 9999): never a blank, never a figure.
    if (raw instanceof Date && !isSpreadsheetDate(raw)) {
      return { value: null, issue: issue("error", "bad-date", MESSAGES.invalidDate()) };
    }
    return raw;
  }
  if (raw === "") return NOTHING;
  const text = cleanText(String(raw));
  if (text === "") return NOTHING;
  if (text.charCodeAt(0) === 35 /* "#" */ && ERROR_CODES.has(text.toLowerCase())) {
    return { value: null, issue: issue("warning", "formula-error", MESSAGES.formulaError(text)) };
  }
  return text;
}

export function isParsed(x: unknown): x is Parsed<never> {
  return typeof x === "object" && x !== null && !(x instanceof Date) && "value" in x;
}

export function notANumber(text: string): Issue {
  return issue("error", "not-a-number", MESSAGES.notANumber(text));
}

/** A figure beyond any school's (see MAX_FIGURE): an error, and no figure. */
export function tooLarge(text: string): Parsed<never> {
  return { value: null, issue: issue("error", "too-large", MESSAGES.tooLarge(text)) };
}
