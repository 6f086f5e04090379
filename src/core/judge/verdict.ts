/**
 * The judgement and the verdicts the judge hands to the outputs, with the rule that combines
 * judgements (years into a term, indicators into a group) and the small number helpers the
 * rules share.
 */

import type { Figure, Indicator } from "../workbook/model.js";
import type { Amount, Measure } from "../workbook/parse.js";
import type {
  FundingSourceKey,
  LevelKey,
  MemberItemKey,
  RecipientKey,
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
    /**
     * What the term's judgement rests on: the typed term result, every year, a yearly
     * series, or, by the target's scope, the years' sum or mean, the last year with data,
     * the best year (a state reached once in the term) or the one named school year.
     */
    readonly basis:
      | "termResult"
      | "years"
      | "series"
      | "sum"
      | "average"
      | "lastYear"
      | "bestYear"
      | "schoolYear"
      | "none";
    /** The figure judged when a scope made it (a sum, a mean) or chose it (a year's). */
    readonly figure?: Figure;
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
  /** Counts per school year of the term, in order; null where no line was typed (never 0). */
  readonly counts: readonly (number | null)[];
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
  /** Each school year's sum ("" for lines with no year): the draft's yearly list reads these. */
  readonly byYear: Readonly<Record<string, number>>;
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

/** A judgement with its margin, as the rules return it before it becomes a verdict. */
export interface Judged {
  readonly judgement: Judgement;
  readonly gap: number | null;
}

export const NO_DATA: Judged = { judgement: "noData", gap: null };

/** Comparisons allow for the float noise of percents read as fractions (0.993 → 99,3%). */
export const EPS = 1e-9;

/** Rounds away float noise so gaps print as typed (0.3, not 0.29999999999999716). */
export function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** One number for an amount: its value when it is a point, else null. */
export function pointOf(m: Measure | null): number | null {
  if (m?.kind !== "amount") return null;
  return m.low !== null && m.low === m.high ? m.low : null;
}

export function lowEnd(a: Amount): number {
  return a.low ?? 0;
}

export function highEnd(a: Amount): number {
  return a.high ?? Number.POSITIVE_INFINITY;
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
