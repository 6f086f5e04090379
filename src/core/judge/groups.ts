/** Indicator groups ("Nhóm"): one judgement for the indicators that share a group name. */

import { matchKey } from "../base/text.js";
import { combine, type GroupVerdict, type IndicatorVerdict, type Judgement } from "./verdict.js";

export function groupVerdicts(verdicts: readonly IndicatorVerdict[]): GroupVerdict[] {
  const groups = new Map<string, { name: string; codes: string[]; js: Judgement[] }>();
  for (const v of verdicts) {
    const name = v.indicator.group;
    if (!name) continue;
    const key = `${v.indicator.section ?? ""}|${matchKey(name)}`;
    const g = groups.get(key) ?? { name, codes: [], js: [] };
    g.codes.push(v.indicator.code);
    g.js.push(v.term.judgement);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({
    name: g.name,
    codes: g.codes,
    judgement: combine(g.js),
  }));
}
