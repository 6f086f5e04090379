/**
 * Judging results against targets. The rules, applied the same everywhere:
 *
 * **One figure against its target** (a school year's result, or the term's result):
 * - at least L: met when the whole result is ≥ L (> L for "trên L"); exceeded when its lower
 *   end is a figure strictly above an inclusive L (a 100% target can only be met). A result
 *   whose open end sits at L ("trên 80%" against 80%) meets it: the figures give no margin.
 * - at most H: met when the whole result is ≤ H (< H for "dưới H"); exceeded when its upper
 *   end is a figure strictly below an inclusive H. A result "dưới 1%" meets "dưới 1%", and
 *   "tối đa 1%", without exceeding it.
 *   A target of none ("0%", "không có") with no kind typed is at most 0: only none meets it.
 * - range [L, H]: met when the whole result lies inside; exceeded when it lies at or above L
 *   and reaches past H (the gap is how far past H); not met when any part lies below L. So "99% trở lên" does not meet
 *   "99,5–100%": the figures do not show it.
 * - exact V: met only by exactly V.
 * - qualitative: met when the stated state matches; a higher level ("mức độ 3" against
 *   "mức độ 2", or a bare 3 in a level row) or a higher rung of a known title ladder exceeds,
 *   a lower one is not met. A result that negates ("chưa đạt …", "không …") is not met.
 *   A figure typed as the state to reach ("3", "100%" in a row stated "Định tính") is a
 *   level too: a single figure compares the same way; an interval meets only the same one.
 * - a result that is not a figure where a figure is needed gives no judgement (no data).
 *
 * **Yearly series** ("năm sau cao hơn năm trước", or lower-is-better for ranks): each year is
 * judged against the year just before it (the first year is the baseline and has no
 * judgement; a year with no figure, or following a year with none, has no data). The term
 * combines those yearly steps by the rule below, so one step that does not improve makes it
 * not met, and a missing year leaves it without data; with fewer than two years of figures
 * it has no data.
 *
 * **Combining** (years into a term, indicators into a group): any "not met" gives not met;
 * else any "no data" gives no data; else any "exceeded" gives exceeded; else met. Rows with
 * no target are left out; if nothing is left, there is no target. A term result, when typed,
 * is judged directly and takes precedence over the years.
 *
 * **Time scope** (the "Phạm vi thời gian" column, else the words of the target or the label;
 * each year when neither says): the rules above judge one figure, the scope says which.
 * - each year ("hằng năm", "mỗi năm"; the default): every year is judged and combined, or
 *   the term result when typed.
 * - over the term ("trong nhiệm kỳ", "cả nhiệm kỳ"): the term result when typed; else, for
 *   counts and money, the sum of the years' figures (ranges add end to end); for a state to
 *   reach (qualitative), the best year, since reached once is reached; for shares and ranks,
 *   which do not add up, each year as above.
 * - by the end of the term ("đến cuối nhiệm kỳ", "đến năm 2025"): the term result when
 *   typed; else the last year with a figure, for every kind.
 * - one school year ("trong năm học 2022-2023"): that year's figure only, even when a term
 *   result is typed; a year the sheet has no column for gives no data and a warning.
 * - the average ("bình quân", "trung bình mỗi năm"): the term result when typed; else the
 *   mean of the years' figures (not for qualitative targets, judged each year).
 * Missing years: a sum that already reaches an "at least" target, or already passes an
 * "at most" one, stands; any other sum, a mean, or a best year not reached, with a year still
 * blank, has no data. Yearly series (increase, decrease) are always judged year on year.
 * Under a scope other than each year, a year's own judgement is shown only for the year the
 * scope judges (the last, or the named one); the others show their figures alone.
 *
 * **Counts from award lines** ("Nguồn số liệu: Giải thưởng: Học sinh, Huyện"): a year's
 * figure is the sum of that year's lines of the recipient and level; a year with no such line
 * has no figure (never 0), and the draft's placeholder names the line to type in Giải thưởng.
 * A level that had ceased that year counts at the level that replaced it (LEVEL_SUCCESSORS in
 * workbook/levels.ts): from 2025-2026 (the 1 July 2025 reform) a "cấp huyện" indicator counts
 * the "cấp xã/phường" lines, judged against the same target, because the district's
 * competitions and titles passed to the merged communes and wards; the years so counted get
 * an info note at the first one's cell ("level-replaced"), and the draft names the level
 * beside each such figure ("8 giải (cấp xã/phường)"). A line still typed "Huyện" in such a
 * year is not counted: it is a warning of its own (a level that did not exist that year),
 * and guessing which level was meant would be an invented figure.
 *
 * **Gap** is the margin in the row's unit (percentage points for percents): positive when
 * better than the target, negative when short. For yearly series it is last minus first,
 * signed so that positive is better.
 */

import type { Problem } from "../base/problems.js";
import type { Workbook } from "../workbook/model.js";
import { tabDef } from "../workbook/schema.js";
import { checkAwardLevels } from "./award-levels.js";
import { judgeAwardSeries, summariseAwards } from "./awards.js";
import { summariseFunding } from "./funding.js";
import { groupVerdicts } from "./groups.js";
import { evaluateIndicator } from "./indicator.js";
import { summariseMembership } from "./membership.js";
import { checkParents } from "./parents.js";
import type {
  AwardSummary,
  FundingSummary,
  GroupVerdict,
  IndicatorVerdict,
  MembershipSummary,
} from "./verdict.js";

// The verdict types and the combining rule are the judge's public face: the outputs and the
// shells import them from here (and through core/index.ts).
export { directionOf } from "./series.js";
export {
  type AwardCell,
  type AwardSeries,
  type AwardSummary,
  combine,
  type Direction,
  type FundingGroupSummary,
  type FundingSummary,
  type GroupVerdict,
  type IndicatorVerdict,
  type Judgement,
  type MembershipSnapshot,
  type MembershipSummary,
  type Trend,
  type YearVerdict,
} from "./verdict.js";

export interface Evaluation {
  readonly indicators: readonly IndicatorVerdict[];
  readonly groups: readonly GroupVerdict[];
  readonly awards: AwardSummary;
  readonly funding: FundingSummary;
  readonly membership: MembershipSummary;
  readonly problems: Problem[];
}

/** Evaluates a read workbook: every indicator, group, award, funding and membership figure. */
export function evaluate(w: Workbook): Evaluation {
  const problems: Problem[] = [];
  const tab = w.layouts.indicators?.name ?? tabDef("indicators").name;
  const awards = summariseAwards(w);
  const indicators = w.indicators.map((i) =>
    evaluateIndicator(i, w.schoolYears, awards, tab, problems),
  );
  checkParents(indicators, tab, problems);
  checkAwardLevels(w, problems);
  return {
    indicators,
    groups: groupVerdicts(indicators),
    awards: { ...awards, series: judgeAwardSeries(awards.series, indicators, w.schoolYears) },
    funding: summariseFunding(w, problems),
    membership: summariseMembership(w, problems),
    problems,
  };
}
