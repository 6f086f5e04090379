/**
 * The roll-up of many schools' workbooks for the commune Party committee and the education
 * office: records (one small one per school), matching, the workbook plan and the draft.
 */
export { type Rollup, RollupAccumulator, type RollupFailure } from "./accumulate.js";
export type { Origin, RollupCell, RollupSheet } from "./cells.js";
export { rollupDraft } from "./draft.js";
export { type LevelSource, levelOfText, schoolLevel } from "./level.js";
export {
  type IndicatorGroup,
  isCommon,
  type Matching,
  type MatchNote,
  type Member,
  matchIndicators,
} from "./match.js";
export { type RollupNotes, type RollupPlan, rollupPlan, rollupSheets } from "./plan.js";
export {
  KEPT_PROBLEMS,
  type RollupFigure,
  type RollupIndicator,
  reduceSchool,
  type SchoolRecord,
  type Trace,
  traceOf,
} from "./record.js";
