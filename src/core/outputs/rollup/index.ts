/**
 * The roll-up of many schools' workbooks for the commune Party committee and the education
 * office: records (a summary per school in memory, the rest in a store), matching, the
 * workbook plan and the draft.
 */
export {
  type GroupEntry,
  type NoteKind,
  type Rollup,
  RollupAccumulator,
  type RollupFailure,
} from "./accumulate.js";
export type { Origin, RollupCell, RollupSheet } from "./cells.js";
export { rollupDraft } from "./draft.js";
export { type LevelSource, levelOfText, schoolLevel } from "./level.js";
export {
  type GroupFirst,
  type IndicatorGroup,
  isCommon,
  Matcher,
  type MatchNote,
  type Member,
} from "./match.js";
export { type RollupNotes, type RollupPlan, rollupPlan, rollupSheets } from "./plan.js";
export {
  KEPT_PROBLEMS,
  type RollupFigure,
  type RollupIndicator,
  reduceSchool,
  type SchoolDetail,
  type SchoolRecord,
  type SchoolSummary,
  splitRecord,
  type Trace,
  traceOf,
} from "./record.js";
export { decodeRecord, encodeRecord, MemoryStore, type RollupStore } from "./store.js";
