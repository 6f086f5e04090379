/**
 * Cell parsing: one total function per value type, by family in `cells/`. Every function
 * accepts anything a spreadsheet cell can hold and returns a value, nothing (an empty cell), or
 * an issue in Vietnamese. Nothing here throws. Formula errors (#N/A, #REF! …) count as missing
 * data, with a warning naming the error.
 *
 * This module gathers the families for the judge, the outputs and the tests.
 */
export { findChoice, parseChoice } from "./cells/choices.js";
export type { Amount, Measure, Quality, TrendTarget, UnitKind } from "./cells/measures.js";
export { parseMeasure, unitKind } from "./cells/measures.js";
export {
  parseInteger,
  parseMoney,
  readNumber,
  withoutCurrency,
} from "./cells/numbers.js";
export { type Period, parseDate, parsePeriod, parseSchoolYear } from "./cells/periods.js";
export { parseLongText, parseText } from "./cells/text.js";
export type { CellValue, Parsed } from "./cells/value.js";
