/** Funding: sums by source, school year and group, and totals the sheet states checked. */

import { at, issue, type Problem } from "../base/problems.js";
import { matchKey } from "../base/text.js";
import { MESSAGES } from "../i18n/messages.js";
import { formatMoneyFigure } from "../workbook/format.js";
import type { Workbook } from "../workbook/model.js";
import { type FundingSourceKey, tabDef } from "../workbook/schema.js";
import type { FundingSummary } from "./verdict.js";

type BySource = Partial<Record<FundingSourceKey | "other", number>>;
type FundingLine = Workbook["funding"][number];

interface GroupTally {
  group: string;
  sum: number;
  bySource: BySource;
  stated?: number;
  /** Each school year's sum ("" for lines with no year), for totals stated per year. */
  byYear: Record<string, number>;
}

/** A total stated for a school year covers that year's lines of its group; one with no year
 * covers the whole group. A total that differs is an error at its cell. */
function checkStatedTotals(
  stated: readonly { key: string; line: FundingLine }[],
  groups: ReadonlyMap<string, GroupTally>,
  tab: string,
  problems: Problem[],
): void {
  for (const { key, line } of stated) {
    const g = groups.get(key)!;
    const sum = line.schoolYear ? (g.byYear[line.schoolYear] ?? 0) : g.sum;
    if (line.amount !== sum) {
      const message = MESSAGES.fundingTotalMismatch(
        formatMoneyFigure(line.amount),
        formatMoneyFigure(sum),
      );
      problems.push(at(tab, line.amountCell, issue("error", "funding-total-mismatch", message)));
    }
  }
}

export function summariseFunding(w: Workbook, problems: Problem[]): FundingSummary {
  const tab = w.layouts.funding?.name ?? tabDef("funding").name;
  const bySource: BySource = {};
  const byYear: Record<string, number> = {};
  const groups = new Map<string, GroupTally>();
  const statedLines: { key: string; line: FundingLine }[] = [];
  let total = 0;
  for (const line of w.funding) {
    const key = matchKey(line.group);
    const g = groups.get(key) ?? { group: line.group, sum: 0, bySource: {}, byYear: {} };
    groups.set(key, g);
    if (line.isStatedTotal) {
      g.stated = line.amount;
      statedLines.push({ key, line });
      continue;
    }
    const source = line.source ?? "other";
    const y = line.schoolYear ?? "";
    total += line.amount;
    g.sum += line.amount;
    g.byYear[y] = (g.byYear[y] ?? 0) + line.amount;
    g.bySource[source] = (g.bySource[source] ?? 0) + line.amount;
    bySource[source] = (bySource[source] ?? 0) + line.amount;
    byYear[y] = (byYear[y] ?? 0) + line.amount;
  }
  checkStatedTotals(statedLines, groups, tab, problems);
  return {
    total,
    bySource,
    byYear,
    // The one computation of every total: the draft and the archive both read these.
    groups: [...groups.values()],
  };
}
