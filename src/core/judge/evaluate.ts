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
 * **Gap** is the margin in the row's unit (percentage points for percents): positive when
 * better than the target, negative when short. For yearly series it is last minus first,
 * signed so that positive is better.
 */

import { at, issue, type Problem } from "../base/problems.js";
import { foldKey, matchKey } from "../base/text.js";
import { CORE_MESSAGES, MESSAGES } from "../i18n/messages.js";
import { formatMoneyFigure, formatNumber } from "../workbook/format.js";
import type { Figure, Indicator, Workbook } from "../workbook/model.js";
import type { Amount, Measure } from "../workbook/parse.js";
import {
  type FundingSourceKey,
  LEVEL_ORDER,
  type LevelKey,
  type MemberItemKey,
  type RecipientKey,
  tabDef,
} from "../workbook/schema.js";

export type Judgement = "exceeded" | "met" | "notMet" | "noData" | "noTarget";

export interface YearVerdict {
  readonly schoolYear: string;
  /** Null where no judgement applies (the baseline year of a yearly series). */
  readonly judgement: Judgement | null;
  readonly gap: number | null;
  /** The figure as one number, for series and charts; null for intervals and text. */
  readonly value: number | null;
  readonly figure: Figure;
}

export type Direction = "up" | "down" | "flat" | "mixed";

export interface Trend {
  readonly values: readonly (number | null)[];
  readonly direction: Direction;
  /** Whether lower figures are better (ranks, "năm sau thấp hơn"). */
  readonly lowerIsBetter: boolean;
}

export interface IndicatorVerdict {
  readonly indicator: Indicator;
  readonly years: readonly YearVerdict[];
  readonly term: {
    readonly judgement: Judgement;
    readonly gap: number | null;
    readonly basis: "termResult" | "years" | "series" | "none";
  };
  readonly trend: Trend | null;
}

export interface GroupVerdict {
  readonly name: string;
  readonly codes: readonly string[];
  readonly judgement: Judgement;
}

export interface AwardCell {
  readonly schoolYear: string;
  readonly level: LevelKey | "other";
  readonly recipient: RecipientKey | "other";
  readonly count: number;
}

export interface AwardSeries {
  readonly recipient: RecipientKey | "other";
  readonly level: LevelKey | "other";
  /** Counts per school year of the term, in order. */
  readonly counts: readonly number[];
  readonly judgement: Judgement;
  readonly growth: number;
}

export interface AwardSummary {
  /** Counts by school year ("" for the whole term), level and recipient kind. */
  readonly cells: readonly AwardCell[];
  readonly totalsByYear: Readonly<Record<string, number>>;
  readonly total: number;
  readonly series: readonly AwardSeries[];
}

export interface FundingGroupSummary {
  readonly group: string;
  readonly sum: number;
  readonly bySource: Readonly<Partial<Record<FundingSourceKey | "other", number>>>;
  readonly stated?: number;
}

export interface FundingSummary {
  readonly total: number;
  readonly bySource: Readonly<Partial<Record<FundingSourceKey | "other", number>>>;
  readonly byYear: Readonly<Record<string, number>>;
  readonly groups: readonly FundingGroupSummary[];
}

export interface MembershipSnapshot {
  readonly period: string;
  readonly figures: Readonly<Partial<Record<MemberItemKey, number>>>;
}

export interface MembershipSummary {
  /** The latest figures of each item, with the period they hold for. */
  readonly latest: Readonly<
    Partial<
      Record<
        MemberItemKey,
        { readonly count?: number; readonly value: string; readonly period: string }
      >
    >
  >;
  readonly snapshots: readonly MembershipSnapshot[];
  readonly admitted: readonly { readonly name: string; readonly period: string }[];
  readonly cellRatings: readonly { readonly period: string; readonly rating: string }[];
}

export interface Evaluation {
  readonly indicators: readonly IndicatorVerdict[];
  readonly groups: readonly GroupVerdict[];
  readonly awards: AwardSummary;
  readonly funding: FundingSummary;
  readonly membership: MembershipSummary;
  readonly problems: Problem[];
}

const EPS = 1e-9;

function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** One number for an amount: its value when it is a point, else null. */
function pointOf(m: Measure | null): number | null {
  if (m?.kind !== "amount") return null;
  return m.low !== null && m.low === m.high ? m.low : null;
}

interface Judged {
  readonly judgement: Judgement;
  readonly gap: number | null;
}

const NO_DATA: Judged = { judgement: "noData", gap: null };

function lowEnd(a: Amount): number {
  return a.low ?? 0;
}
function highEnd(a: Amount): number {
  return a.high ?? Number.POSITIVE_INFINITY;
}

/** A figure against an "at least" bound. */
function atLeast(r: Amount, bound: number, strict: boolean, capped: boolean): Judged {
  const rl = lowEnd(r);
  const gap = tidy(rl - bound);
  const ok = rl > bound + EPS || (Math.abs(rl - bound) <= EPS && (!strict || r.lowOpen));
  if (!ok) return { judgement: "notMet", gap };
  return { judgement: !strict && !capped && rl > bound + EPS ? "exceeded" : "met", gap };
}

/** A figure against an "at most" bound. */
function atMost(r: Amount, bound: number, strict: boolean): Judged {
  const rh = highEnd(r);
  const gap = tidy(bound - rh);
  const ok = rh < bound - EPS || (Math.abs(rh - bound) <= EPS && (!strict || r.highOpen));
  if (!ok) return { judgement: "notMet", gap: Number.isFinite(gap) ? gap : null };
  return { judgement: !strict && rh < bound - EPS ? "exceeded" : "met", gap };
}

/** Ordered titles: a later rung is better. Matching is on folded words. */
const LADDERS: readonly (readonly string[])[] = [
  ["hoan thanh nhiem vu", "hoan thanh tot nhiem vu", "hoan thanh xuat sac nhiem vu"],
  ["lao dong tien tien", "lao dong xuat sac"],
  ["vung manh", "vung manh xuat sac"],
  ["kha", "manh", "xuat sac"],
];

/** The ladders' rungs as whole-word patterns, compiled once. */
const RUNGS: readonly (readonly RegExp[])[] = LADDERS.map((ladder) =>
  ladder.map((rung) => new RegExp(`\\b${rung}\\b`)),
);

/** Rungs found per folded text: the same few titles are judged in row after row. */
const LADDER_MEMO = new Map<string, readonly [number, number] | null>();

function ladderRank(text: string): readonly [number, number] | undefined {
  const f = foldKey(text);
  let found = LADDER_MEMO.get(f);
  if (found === undefined) {
    found = findRung(f) ?? null;
    if (LADDER_MEMO.size >= 10_000) LADDER_MEMO.clear();
    LADDER_MEMO.set(f, found);
  }
  return found ?? undefined;
}

function findRung(f: string): [number, number] | undefined {
  for (let l = 0; l < RUNGS.length; l++) {
    const rungs = RUNGS[l]!;
    for (let i = rungs.length - 1; i >= 0; i--) {
      if (rungs[i]!.test(f)) return [l, i];
    }
  }
  return undefined;
}

/** "Chưa đạt …", "Không đạt …": a result that denies what it names. */
const NEGATION = /(^|\s)(chua|khong)(\s|$)/;

/** The level a figure states: "mức độ 3", or a bare 3 typed in a level row. */
function levelOfMeasure(m: Measure): number | undefined {
  if (m.kind === "quality") return m.level;
  const p = pointOf(m);
  return p !== null && Number.isInteger(p) ? p : undefined;
}

/** Levels compared: a higher one exceeds, the same one meets, a lower one is not met. */
function byLevel(result: number, target: number): Judged {
  const gap = tidy(result - target);
  return { judgement: gap > 0 ? "exceeded" : gap === 0 ? "met" : "notMet", gap };
}

function judgeQuality(target: Measure, result: Measure): Judged {
  if (target.kind === "amount" && result.kind === "amount") {
    // A figure typed as the state to reach ("3", "100%"): two points compare as levels; an
    // interval states no one level, so it meets only the same interval.
    const t = pointOf(target);
    const r = pointOf(result);
    if (t !== null && r !== null) return byLevel(r, t);
    const same =
      target.low === result.low &&
      target.high === result.high &&
      target.lowOpen === result.lowOpen &&
      target.highOpen === result.highOpen;
    return { judgement: same ? "met" : "notMet", gap: null };
  }
  const tText = target.kind === "amount" ? "" : target.text;
  const rText = result.kind === "amount" ? "" : result.text;
  // "Chưa đạt chuẩn mức độ 3" names the target but says it was not reached.
  if (NEGATION.test(foldKey(rText)) && !NEGATION.test(foldKey(tText))) {
    return { judgement: "notMet", gap: null };
  }
  const tLevel = levelOfMeasure(target);
  const rLevel = tLevel === undefined ? undefined : levelOfMeasure(result);
  if (tLevel !== undefined && rLevel !== undefined) return byLevel(rLevel, tLevel);
  if (matchKey(tText) === matchKey(rText)) return { judgement: "met", gap: null };
  const tr = ladderRank(tText);
  const rr = ladderRank(rText);
  if (tr && rr && tr[0] === rr[0]) {
    const gap = rr[1] - tr[1];
    return { judgement: gap > 0 ? "exceeded" : gap === 0 ? "met" : "notMet", gap: null };
  }
  // A result that states the target and more ("Đạt chuẩn mức độ 3 và …") meets it.
  if (tText !== "" && foldKey(rText).includes(foldKey(tText)))
    return { judgement: "met", gap: null };
  return { judgement: "notMet", gap: null };
}

/** Judges one figure against a non-series target. */
function judgeFigure(indicator: Indicator, result: Measure | null): Judged {
  const target = indicator.target.measure;
  if (indicator.kind === "none" || !target) return { judgement: "noTarget", gap: null };
  if (!result) return NO_DATA;
  if (indicator.kind === "qualitative" || target.kind !== "amount")
    return judgeQuality(target, result);
  if (result.kind !== "amount") return NO_DATA;
  const capped = target.percent && target.low === 100;
  switch (indicator.kind) {
    case "atLeast":
      return atLeast(result, target.low ?? 0, target.lowOpen, capped);
    case "atMost":
      return atMost(result, target.high ?? target.low ?? 0, target.highOpen);
    case "exact": {
      const v = target.low ?? 0;
      const p = pointOf(result);
      if (p === null) return { judgement: "notMet", gap: null };
      return { judgement: Math.abs(p - v) <= EPS ? "met" : "notMet", gap: tidy(p - v) };
    }
    case "range": {
      const below = atLeast(result, target.low ?? 0, target.lowOpen, true);
      if (below.judgement === "notMet") return below;
      const above = atMost(result, target.high ?? Number.POSITIVE_INFINITY, target.highOpen);
      if (above.judgement === "notMet") {
        // The margin past H: from the result's top when it has one ("15–25" is 5 past 20),
        // else from its bottom ("trên 25").
        const top = highEnd(result);
        const past = (Number.isFinite(top) ? top : lowEnd(result)) - highEnd(target);
        return { judgement: "exceeded", gap: Number.isFinite(past) ? tidy(past) : null };
      }
      return { judgement: "met", gap: 0 };
    }
    default:
      return NO_DATA;
  }
}

/** The combining rule shared by years → term and indicators → group. */
export function combine(judgements: readonly (Judgement | null)[]): Judgement {
  // One pass, no arrays: this runs for every indicator and every group.
  let any = false;
  let noData = false;
  let exceeded = false;
  for (const j of judgements) {
    if (j === null || j === "noTarget") continue;
    if (j === "notMet") return "notMet";
    any = true;
    if (j === "noData") noData = true;
    else if (j === "exceeded") exceeded = true;
  }
  if (!any) return "noTarget";
  return noData ? "noData" : exceeded ? "exceeded" : "met";
}

/** Direction of a series of known values. */
export function directionOf(values: readonly (number | null)[]): Direction | null {
  let previous: number | null = null;
  let up = 0;
  let down = 0;
  let flat = 0;
  for (const v of values) {
    if (v === null) continue;
    if (previous !== null) {
      const step = Math.sign(tidy(v - previous));
      if (step > 0) up++;
      else if (step < 0) down++;
      else flat++;
    }
    previous = v;
  }
  const steps = up + down + flat;
  if (steps === 0) return null;
  if (up === steps) return "up";
  if (down === steps) return "down";
  if (flat === steps) return "flat";
  return "mixed";
}

/**
 * Judges a yearly series where each year must beat the one before. A year is compared only
 * with the year just before it: when either has no figure, that step has no data.
 */
function judgeSeries(
  values: readonly (number | null)[],
  lowerIsBetter: boolean,
): { years: (Judgement | null)[]; term: Judged } {
  const years = values.map((v, k): Judgement | null => {
    if (k === 0) return null;
    const previous = values[k - 1] ?? null;
    if (v === null || previous === null) return "noData";
    return (lowerIsBetter ? v < previous - EPS : v > previous + EPS) ? "met" : "notMet";
  });
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return { years, term: NO_DATA };
  const first = known[0]!;
  const last = known[known.length - 1]!;
  const gap = tidy(lowerIsBetter ? first - last : last - first);
  return { years, term: { judgement: combine(years), gap } };
}

function lowerIsBetter(i: Indicator): boolean {
  if (i.kind === "decrease") return true;
  if (i.kind === "increase") {
    const t = i.target.measure;
    if (t?.kind === "trend" && t.better === "lower") return true;
    return i.unit === "rank";
  }
  return i.unit === "rank";
}

function awardFigure(
  awards: AwardSummary,
  source: NonNullable<Indicator["source"]>,
  year: string,
  cell: string,
): Figure {
  const n = awards.cells
    .filter(
      (c) =>
        c.schoolYear === year &&
        (source.level === undefined || c.level === source.level) &&
        (source.recipient === undefined || c.recipient === source.recipient),
    )
    .reduce((s, c) => s + c.count, 0);
  return {
    measure: { kind: "amount", low: n, high: n, lowOpen: false, highOpen: false, percent: false },
    text: String(n),
    cell,
  };
}

/** A school year with no result column: no figure and no cell. */
const NO_FIGURE: Figure = { measure: null, text: "", cell: "" };

function evaluateIndicator(
  i: Indicator,
  schoolYears: readonly string[],
  awards: AwardSummary,
  tab: string,
  problems: Problem[],
): IndicatorVerdict {
  const figures = schoolYears.map((y) => {
    const typed = i.results[y] ?? NO_FIGURE;
    if (!i.source) return typed;
    if (typed.text !== "") {
      problems.push(
        at(
          tab,
          typed.cell,
          issue(
            "info",
            "result-source-ignored",
            MESSAGES.resultSourceIgnored(tabDef("awards").name),
          ),
        ),
      );
    }
    return awardFigure(awards, i.source, y, typed.cell);
  });
  const values: (number | null)[] = new Array(figures.length);
  for (let k = 0; k < figures.length; k++) values[k] = pointOf(figures[k]!.measure);
  const lower = lowerIsBetter(i);
  const direction = directionOf(values);
  const trend = direction ? { values, direction, lowerIsBetter: lower } : null;

  const t = i.target.measure;
  const figureNeeded = t?.kind === "amount" && i.kind !== "qualitative";
  for (let k = 0; figureNeeded && k <= figures.length; k++) {
    const f = k < figures.length ? figures[k]! : i.termResult;
    if (f.measure && f.measure.kind !== "amount") {
      problems.push(
        at(
          tab,
          f.cell,
          issue(
            "warning",
            "result-not-a-figure",
            CORE_MESSAGES.resultNotAFigure(f.text, i.target.text),
          ),
        ),
      );
    }
  }

  if (i.kind === "increase" || i.kind === "decrease") {
    const series = judgeSeries(values, lower);
    const years = figures.map((figure, k) => ({
      schoolYear: schoolYears[k]!,
      judgement: series.years[k] ?? null,
      gap: null,
      value: values[k] ?? null,
      figure,
    }));
    return { indicator: i, years, term: { ...series.term, basis: "series" }, trend };
  }

  const yearVerdicts: YearVerdict[] = new Array(figures.length);
  const judgements: Judgement[] = new Array(figures.length);
  let withData = false;
  let gap: number | null = null;
  for (let k = 0; k < figures.length; k++) {
    const figure = figures[k]!;
    const judged = judgeFigure(i, figure.measure);
    yearVerdicts[k] = {
      schoolYear: schoolYears[k]!,
      judgement: judged.judgement,
      gap: judged.gap,
      value: values[k] ?? null,
      figure,
    };
    judgements[k] = judged.judgement;
    if (figure.measure !== null) withData = true;
    if (judged.gap !== null && (gap === null || judged.gap < gap)) gap = judged.gap;
  }
  if (i.termResult.measure) {
    const judged = judgeFigure(i, i.termResult.measure);
    return { indicator: i, years: yearVerdicts, term: { ...judged, basis: "termResult" }, trend };
  }
  if (!withData) {
    const judgement = i.kind === "none" || !i.target.measure ? "noTarget" : "noData";
    return {
      indicator: i,
      years: yearVerdicts,
      term: { judgement, gap: null, basis: "none" },
      trend,
    };
  }
  if (i.kind !== "none" && i.target.measure) {
    for (const y of yearVerdicts) {
      if (y.figure.measure === null && y.figure.cell !== "") {
        problems.push(
          at(
            tab,
            y.figure.cell,
            issue("warning", "missing-result", MESSAGES.missingResult(y.schoolYear)),
          ),
        );
      }
    }
  }
  return {
    indicator: i,
    years: yearVerdicts,
    term: { judgement: combine(judgements), gap, basis: "years" },
    trend,
  };
}

function checkParents(
  verdicts: readonly IndicatorVerdict[],
  tab: string,
  problems: Problem[],
): void {
  if (!verdicts.some((v) => v.indicator.parent)) return;
  const byCode = new Map(verdicts.map((v) => [matchKey(v.indicator.code), v]));
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
        problems.push(
          at(
            tab,
            c.cell,
            issue("error", "child-above-parent", MESSAGES.childAboveParent(c.text, p.text, when)),
          ),
        );
      }
    }
  }
}

function groupVerdicts(verdicts: readonly IndicatorVerdict[]): GroupVerdict[] {
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

/** Tallies awards by school year × level × recipient kind, and judges yearly growth. */
function summariseAwards(w: Workbook): AwardSummary {
  const tally = new Map<string, AwardCell>();
  for (const a of w.awards) {
    const cell = {
      schoolYear: a.schoolYear ?? "",
      level: a.level ?? ("other" as const),
      recipient: a.recipient ?? ("other" as const),
    };
    const key = `${cell.schoolYear}|${cell.level}|${cell.recipient}`;
    const prev = tally.get(key);
    tally.set(key, { ...cell, count: (prev?.count ?? 0) + a.count });
  }
  const levelRank = (l: string) => {
    const i = LEVEL_ORDER.indexOf(l as LevelKey);
    return i < 0 ? LEVEL_ORDER.length : i;
  };
  const cells = [...tally.values()].sort(
    (a, b) =>
      a.schoolYear.localeCompare(b.schoolYear) ||
      levelRank(a.level) - levelRank(b.level) ||
      a.recipient.localeCompare(b.recipient),
  );
  const totalsByYear: Record<string, number> = {};
  for (const c of cells) totalsByYear[c.schoolYear] = (totalsByYear[c.schoolYear] ?? 0) + c.count;
  const seriesKeys = new Map<
    string,
    { recipient: AwardCell["recipient"]; level: AwardCell["level"] }
  >();
  for (const c of cells) {
    if (c.schoolYear !== "")
      seriesKeys.set(`${c.recipient}|${c.level}`, { recipient: c.recipient, level: c.level });
  }
  const series: AwardSeries[] = [];
  for (const { recipient, level } of seriesKeys.values()) {
    const counts = w.schoolYears.map((y) =>
      cells
        .filter((c) => c.schoolYear === y && c.recipient === recipient && c.level === level)
        .reduce((s, c) => s + c.count, 0),
    );
    if (counts.filter((n) => n > 0).length < 2) continue;
    const judged = judgeSeries(counts, false);
    // Judged only where an indicator sets a yearly-growth target on it (see evaluate).
    series.push({ recipient, level, counts, judgement: "noTarget", growth: judged.term.gap ?? 0 });
  }
  series.sort((a, b) => levelRank(a.level) - levelRank(b.level));
  return { cells, totalsByYear, total: cells.reduce((s, c) => s + c.count, 0), series };
}

function summariseFunding(w: Workbook, problems: Problem[]): FundingSummary {
  const tab = w.layouts.funding?.name ?? tabDef("funding").name;
  const bySource: Partial<Record<FundingSourceKey | "other", number>> = {};
  const byYear: Record<string, number> = {};
  const groups = new Map<
    string,
    {
      group: string;
      sum: number;
      bySource: Partial<Record<FundingSourceKey | "other", number>>;
      stated?: number;
      /** Each school year's sum ("" for lines with no year), for totals stated per year. */
      byYear: Record<string, number>;
    }
  >();
  const statedLines: { key: string; line: Workbook["funding"][number] }[] = [];
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
  // A total stated for a school year covers that year's lines of its group; one with no year
  // covers the whole group.
  for (const { key, line } of statedLines) {
    const g = groups.get(key)!;
    const sum = line.schoolYear ? (g.byYear[line.schoolYear] ?? 0) : g.sum;
    if (line.amount !== sum) {
      problems.push(
        at(
          tab,
          line.amountCell,
          issue(
            "error",
            "funding-total-mismatch",
            MESSAGES.fundingTotalMismatch(formatMoneyFigure(line.amount), formatMoneyFigure(sum)),
          ),
        ),
      );
    }
  }
  return {
    total,
    bySource,
    byYear,
    groups: [...groups.values()].map(({ byYear: _y, ...g }) => g),
  };
}

function summariseMembership(w: Workbook, problems: Problem[]): MembershipSummary {
  const tab = w.layouts.members?.name ?? tabDef("members").name;
  const latest: Record<string, { count?: number; value: string; period: string; sortKey: string }> =
    {};
  const byPeriod = new Map<
    string,
    {
      period: string;
      figures: Partial<Record<MemberItemKey, number>>;
      cells: Partial<Record<MemberItemKey, string>>;
    }
  >();
  const admitted: { name: string; period: string }[] = [];
  const cellRatings: { period: string; rating: string }[] = [];
  for (const m of w.members) {
    if (!m.item) continue;
    const prev = latest[m.item];
    if (!prev || prev.sortKey <= m.period.sortKey) {
      latest[m.item] = {
        count: m.count,
        value: m.value,
        period: m.period.text,
        sortKey: m.period.sortKey,
      };
    }
    if (m.count !== undefined) {
      const s = byPeriod.get(m.period.sortKey) ?? { period: m.period.text, figures: {}, cells: {} };
      s.figures[m.item] = m.count;
      s.cells[m.item] = m.valueCell;
      byPeriod.set(m.period.sortKey, s);
    }
    if (m.item === "admitted") {
      for (const name of (m.names ?? "")
        .split(/[;,\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        admitted.push({ name, period: m.period.text });
      }
    }
    if (m.item === "cellRating" && m.value)
      cellRatings.push({ period: m.period.text, rating: m.value });
  }
  const snapshots = [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, s]) => s);
  for (const s of snapshots) {
    const { total, official, probationary } = s.figures;
    if (
      total !== undefined &&
      official !== undefined &&
      probationary !== undefined &&
      official + probationary !== total
    ) {
      problems.push(
        at(
          tab,
          s.cells.total ?? "",
          issue(
            "error",
            "members-dont-add",
            MESSAGES.membersDontAdd(official, probationary, total),
          ),
        ),
      );
    }
    for (const k of [
      "official",
      "probationary",
      "university",
      "itCertificate",
      "excellentMembers",
      "goodMembers",
    ] as const) {
      const v = s.figures[k];
      if (total !== undefined && v !== undefined && v > total) {
        problems.push(
          at(
            tab,
            s.cells[k] ?? "",
            issue(
              "error",
              "members-over-total",
              CORE_MESSAGES.membersOverTotal(formatNumber(v), formatNumber(total)),
            ),
          ),
        );
      }
    }
  }
  cellRatings.sort((a, b) => a.period.localeCompare(b.period));
  const latestOut: MembershipSummary["latest"] = Object.fromEntries(
    Object.entries(latest).map(([k, { sortKey: _s, ...v }]) => [k, v]),
  );
  return {
    latest: latestOut,
    snapshots: snapshots.map(({ period, figures }) => ({ period, figures })),
    admitted,
    cellRatings,
  };
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
  const series = awards.series.map((s) => {
    const target = indicators.find(
      (v) =>
        v.indicator.source &&
        (v.indicator.kind === "increase" || v.indicator.kind === "decrease") &&
        (v.indicator.source.recipient ?? s.recipient) === s.recipient &&
        (v.indicator.source.level ?? s.level) === s.level,
    );
    // The indicator may cover several series ("Giải thưởng: Học sinh", every level): each
    // series is judged on its own counts, in the indicator's direction.
    return target
      ? { ...s, judgement: judgeSeries(s.counts, lowerIsBetter(target.indicator)).term.judgement }
      : s;
  });
  return {
    indicators,
    groups: groupVerdicts(indicators),
    awards: { ...awards, series },
    funding: summariseFunding(w, problems),
    membership: summariseMembership(w, problems),
    problems,
  };
}
