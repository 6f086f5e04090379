/** Problems found in a workbook: each names its tab and cell and says what is wrong. */

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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by tab order of appearance and cell. */
export function sortProblems(problems: readonly Problem[], tabOrder: readonly string[]): Problem[] {
  const tabIndex = (tab: string) => {
    const i = tabOrder.indexOf(tab);
    return i < 0 ? tabOrder.length : i;
  };
  const cellKey = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    return m ? Number(m[2]) * 1000 + m[1]!.length * 100 + m[1]!.charCodeAt(0) : 0;
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
