/** Problems found in a workbook: each names its tab and cell and says what is wrong. */

import { parseA1 } from "./text.js";

export type Severity = "error" | "warning" | "info";

/** What is wrong, before it is tied to a place. */
export interface Issue {
  readonly severity: Severity;
  /** A stable identifier for machines and tests, e.g. "percent-over-100". */
  readonly code: string;
  /** Vietnamese, for the person who typed the cell. */
  readonly message: string;
}

export interface Problem extends Issue {
  /** The tab's name as it appears in the workbook. */
  readonly tab: string;
  /** A1 address of the cell, or "" when the problem is the tab itself. */
  readonly cell: string;
}

export function issue(severity: Severity, code: string, message: string): Issue {
  return { severity, code, message };
}

export function at(tab: string, cell: string, found: Issue): Problem {
  return { ...found, tab, cell };
}

/** More columns than any spreadsheet allows (Excel 16 384, Sheets 18 278). */
const COLUMN_LIMIT = 32_768;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by tab order of appearance and cell. */
export function sortProblems(problems: readonly Problem[], tabOrder: readonly string[]): Problem[] {
  const tabIndex = (tab: string) => {
    const i = tabOrder.indexOf(tab);
    return i < 0 ? tabOrder.length : i;
  };
  // By row, then by column (every letter counts: AB before AC); the tab itself first.
  const cellKey = (cell: string) => {
    const a = parseA1(cell);
    return a ? (a.row + 1) * COLUMN_LIMIT + a.column : 0;
  };
  // Keys computed once per problem, not once per comparison.
  const keyed = problems.map((p) => ({
    p,
    severity: SEVERITY_RANK[p.severity],
    tab: tabIndex(p.tab),
    cell: cellKey(p.cell),
  }));
  keyed.sort((a, b) => a.severity - b.severity || a.tab - b.tab || a.cell - b.cell);
  return keyed.map((k) => k.p);
}

/** How many problems there are of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
