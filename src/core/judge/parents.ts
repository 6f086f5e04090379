/** Cross-row checks between indicators: a part ("Thuộc") never above the whole it belongs to. */

import { at, issue, type Problem } from "../base/problems.js";
import { matchKey } from "../base/text.js";
import { CORE_MESSAGES, MESSAGES } from "../i18n/messages.js";
import type { Figure } from "../workbook/model.js";
import { EPS, highEnd, type IndicatorVerdict, lowEnd } from "./verdict.js";

/** A child percent above its parent's, in a year or the term, is an error at the child's cell. */
export function checkParents(
  verdicts: readonly IndicatorVerdict[],
  tab: string,
  problems: Problem[],
): void {
  if (!verdicts.some((v) => v.indicator.parent)) return;
  const byCode = new Map(verdicts.map((v) => [matchKey(v.indicator.code), v]));
  checkCycles(verdicts, byCode, tab, problems);
  for (const child of verdicts) {
    const parentCode = child.indicator.parent;
    if (!parentCode) continue;
    const parent = byCode.get(matchKey(parentCode));
    if (!parent || child.indicator.unit !== "percent" || parent.indicator.unit !== "percent")
      continue;
    const pairs: [Figure, Figure, string][] = child.years.map((y, k) => [
      y.figure,
      parent.years[k]!.figure,
      CORE_MESSAGES.inSchoolYear(y.schoolYear),
    ]);
    pairs.push([child.indicator.termResult, parent.indicator.termResult, CORE_MESSAGES.wholeTerm]);
    for (const [c, p, when] of pairs) {
      if (c.measure?.kind !== "amount" || p.measure?.kind !== "amount") continue;
      if (lowEnd(c.measure) > highEnd(p.measure) + EPS) {
        const message = MESSAGES.childAboveParent(c.text, p.text, when);
        problems.push(at(tab, c.cell, issue("error", "child-above-parent", message)));
      }
    }
  }
}

/**
 * A row that is its own parent, or a chain of parents that comes back to where it started
 * (PH1 → PH2 → PH1): an error at each such row's code cell; no row is a part of itself.
 */
function checkCycles(
  verdicts: readonly IndicatorVerdict[],
  byCode: ReadonlyMap<string, IndicatorVerdict>,
  tab: string,
  problems: Problem[],
): void {
  for (const v of verdicts) {
    const start = matchKey(v.indicator.code);
    const seen = new Set<string>();
    let code = v.indicator.parent ? matchKey(v.indicator.parent) : undefined;
    const chain: string[] = [];
    while (code !== undefined && !seen.has(code)) {
      seen.add(code);
      const next = byCode.get(code);
      if (!next) break;
      chain.push(next.indicator.code);
      if (code === start) {
        const message =
          chain.length === 1
            ? MESSAGES.ownParent(v.indicator.code)
            : MESSAGES.parentCycle([v.indicator.code, ...chain].join(" → "));
        problems.push(at(tab, v.indicator.codeCell, issue("error", "parent-cycle", message)));
        break;
      }
      code = next.indicator.parent ? matchKey(next.indicator.parent) : undefined;
    }
  }
}
