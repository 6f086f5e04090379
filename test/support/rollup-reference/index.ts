/**
 * The roll-up as it was before its records were spilled to a store (every school's record,
 * every indicator and every problem held in memory until the output was written). Kept as the
 * reference the roll-up's equivalence test compares today's output with, cell by cell and
 * part by part; nothing in src/ uses it.
 */
export { RollupAccumulator } from "./accumulate.js";
export { rollupDraft } from "./draft.js";
export { rollupPlan } from "./plan.js";
