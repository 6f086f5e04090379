/**
 * "Every number in a draft comes from its workbook": the numbers a Vietnamese text writes,
 * the numbers a workbook entitles a draft to, and the numbers of a draft that are neither.
 *
 * Allowed: any number written in an input cell, in the Vietnamese or the plain form, as
 * written (never rounded: the draft quotes a figure in full); a numeric percent cell, or a
 * fraction typed as text ("0,995"), also as its hundredfold (Sheets stores 99,3% as 0,993); a date cell as its day, month and year, except in the indicators tab, which holds no dates.
 * Derived numbers the draft is entitled to, and nothing else:
 * - funding sums per group, per group and source, per group and school year, and the total of
 *   every line (stated totals aside: the archive's "Tổng cộng", which the draft states too);
 * - award tallies per school year, over any level and recipient filter (what a
 *   "Nguồn số liệu: Giải thưởng" indicator and the prize lines count);
 * - differences of two figures of one row (the school-year report compares a year with the
 *   one before: "tăng 2,4 điểm phần trăm") and sums of a row's yearly figures (a target
 *   over the term is judged on the sum), both only when `derived` asks for them;
 * - for a row whose time scope is over the term, the sum of its yearly figures, and for an
 *   average, their mean (low ends and high ends apart, for ranges): always, since the draft
 *   states them ("trong nhiệm kỳ đã kết nạp 4 …"); computed here from the figures, not taken
 *   from the judge, so that a wrong sum is caught.
 */
import { expect } from "vitest";
import { matchKey } from "../../src/core/base/text.js";
import type { Analysis } from "../../src/core/judge/analyse.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { type Draft, draftRuns } from "../../src/core/outputs/draft/model.js";
import { TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";

/** Numbers as a Vietnamese text writes them: "1.157.274.000", "99,3", "2019-2020" (two). */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    out.push(Number(m[0].replace(/\./g, "").replace(",", ".")));
  }
  return out;
}

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** A percent typed as its fraction ("0,995" is read as 99,5%, with a note at its cell). */
function fraction(text: string): number[] {
  const n = numbersIn(text);
  return /^\s*[01](,\d+)?\s*$/.test(text) && n.length === 1 ? [round(n[0]! * 100)] : [];
}

function cellNumbers(grids: readonly NamedGrid[]): number[] {
  const allowed: number[] = [];
  for (const g of grids) {
    // The indicators tab holds no dates: a date there is a figure a spreadsheet mangled
    // ("4-5" → 4 May), a warning and a gap, never a number of the draft.
    const figures = matchKey(g.name) === matchKey(TAB_NAMES.indicators);
    for (const row of g.values)
      for (const cell of row) {
        if (figures && cell instanceof Date) continue;
        if (typeof cell === "number") allowed.push(cell, round(cell * 100));
        else if (typeof cell === "string") allowed.push(...numbersIn(cell), ...fraction(cell));
        else if (cell instanceof Date)
          allowed.push(cell.getUTCDate(), cell.getUTCMonth() + 1, cell.getUTCFullYear());
      }
  }
  return allowed;
}

function fundingNumbers(a: Analysis): number[] {
  const { workbook: w, evaluation } = a;
  const allowed: number[] = [];
  for (const grp of evaluation.funding.groups) {
    const lines = w.funding.filter((l) => l.group === grp.group && !l.isStatedTotal);
    // A group's sum only where it has lines: a group with only a stated total has none.
    if (lines.length > 0) allowed.push(grp.sum);
    allowed.push(...Object.values(grp.bySource).filter((n): n is number => n !== undefined));
    for (const y of new Set(lines.map((l) => l.schoolYear ?? "")))
      allowed.push(sum(lines.filter((l) => (l.schoolYear ?? "") === y).map((l) => l.amount)));
  }
  allowed.push(sum(w.funding.filter((l) => !l.isStatedTotal).map((l) => l.amount)));
  return allowed;
}

function awardNumbers(a: Analysis): number[] {
  const cells = a.evaluation.awards.cells;
  const allowed: number[] = [];
  for (const y of [...a.workbook.schoolYears, ""])
    for (const level of [undefined, ...new Set(cells.map((c) => c.level))])
      for (const recipient of [undefined, ...new Set(cells.map((c) => c.recipient))])
        allowed.push(
          sum(
            cells
              .filter(
                (c) =>
                  c.schoolYear === y &&
                  (level === undefined || c.level === level) &&
                  (recipient === undefined || c.recipient === recipient),
              )
              .map((c) => c.count),
          ),
        );
  return allowed;
}

/** Differences of two yearly figures of one indicator, and the sums of its yearly figures. */
function rowNumbers(a: Analysis): number[] {
  const allowed: number[] = [];
  for (const v of a.evaluation.indicators) {
    const values = v.years.map((y) => y.value).filter((x): x is number => x !== null);
    for (const x of values) for (const y of values) allowed.push(round(Math.abs(x - y)));
    for (let k = 1; k <= values.length; k++) allowed.push(round(sum(values.slice(0, k))));
  }
  return allowed;
}

/** The sum (over the term) or the mean (average) of a scoped row's yearly figures. */
function scopeNumbers(a: Analysis): number[] {
  const allowed: number[] = [];
  for (const v of a.evaluation.indicators) {
    const scope = v.indicator.scope.key;
    if (scope !== "term" && scope !== "average") continue;
    const closed = v.years
      .map((y) => y.figure.measure)
      .flatMap((m) => (m?.kind === "amount" && m.low !== null && m.high !== null ? [m] : []));
    if (closed.length === 0) continue;
    for (const end of [closed.map((m) => m.low!), closed.map((m) => m.high!)]) {
      const total = sum(end);
      allowed.push(round(scope === "term" ? total : total / end.length));
    }
  }
  return allowed;
}

export interface Entitlement {
  /** Differences and running sums of a row's yearly figures (school-year and term scopes). */
  readonly derived?: boolean;
}

/** Every number a draft of these grids may print. */
export function allowedNumbers(
  grids: readonly NamedGrid[],
  analysis: Analysis = analyse(grids),
  entitled: Entitlement = {},
): number[] {
  return [
    ...cellNumbers(grids),
    ...fundingNumbers(analysis),
    ...awardNumbers(analysis),
    ...scopeNumbers(analysis),
    ...(entitled.derived ? rowNumbers(analysis) : []),
  ];
}

const PLACEHOLDER = /^(\[chưa (có số liệu|có nội dung|điền): [^\]]+\]|ngày … tháng … năm …)$/;

/** The numbers of a draft that come from no cell, each with the text it stands in. */
export function foreignNumbers(draft: Draft, allowed: readonly number[]): string[] {
  const out: string[] = [];
  for (const runs of draftRuns(draft))
    for (const run of runs) {
      if (run.missing) {
        expect(run.text).toMatch(PLACEHOLDER);
        continue;
      }
      for (const n of numbersIn(run.text))
        if (!allowed.some((a) => Math.abs(a - n) < 1e-9)) out.push(`${n} in "${run.text}"`);
    }
  return out;
}
