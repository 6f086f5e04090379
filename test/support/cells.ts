/**
 * The check shared by the reading tests and the property tests: every problem must point at
 * a place the user can find.
 */

import type { Problem } from "../../src/core/base/problems.js";
import { parseA1 } from "../../src/core/base/text.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { SCHEMA } from "../../src/core/workbook/schema.js";

/** Problems about a tab as a whole (or a row the tab lacks), which name no cell. */
export const WHOLE_TAB_CODES: ReadonlySet<string> = new Set([
  "missing-tab",
  "duplicate-tab",
  "missing-info",
  "no-school-years",
  // A school year with no award line: there is no cell for what is not there.
  "award-year-gap",
]);

/**
 * Why a problem does not name a real cell, or undefined when it does: its tab must be in the
 * workbook (or be a schema tab reported missing), and its A1 cell inside that tab's grid
 * (A1 counts as inside an empty grid's header row). "" is allowed only for whole-tab problems.
 */
export function misplaced(grids: readonly NamedGrid[], p: Problem): string | undefined {
  const grid = grids.find((g) => g.name === p.tab);
  if (!grid) {
    const schemaTab = SCHEMA.some((t) => t.name === p.tab);
    return schemaTab && p.cell === "" ? undefined : `tab "${p.tab}" is not in the workbook`;
  }
  if (p.cell === "") {
    return WHOLE_TAB_CODES.has(p.code) ? undefined : `${p.code} in "${p.tab}" names no cell`;
  }
  const at = parseA1(p.cell);
  if (!at) return `"${p.cell}" is not an A1 address`;
  const rows = Math.max(grid.values.length, 1);
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  if (at.row >= rows || at.column >= width) {
    return `${p.code} at ${p.tab}!${p.cell} lies outside the ${rows}×${width} grid`;
  }
  return undefined;
}

/** Every misplaced problem, described; [] when all are in place. */
export function misplacedProblems(grids: readonly NamedGrid[], problems: readonly Problem[]) {
  return problems.map((p) => misplaced(grids, p)).filter((m): m is string => m !== undefined);
}
