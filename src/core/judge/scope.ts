/**
 * Targets with a time scope other than each year: over the term, by its end, in one school
 * year, on average. The rules are written in evaluate.ts; this file applies them to the years'
 * figures once each year has been judged as if alone.
 */

import { at, issue, type Problem } from "../base/problems.js";
import { MESSAGES } from "../i18n/messages.js";
import { formatMeasure } from "../workbook/format.js";
import type { Figure, Indicator } from "../workbook/model.js";
import type { Amount } from "../workbook/parse.js";
import { judgeFigure } from "./figure.js";
import {
  type IndicatorVerdict,
  type Judged,
  type Judgement,
  NO_DATA,
  tidy,
  type YearVerdict,
} from "./verdict.js";

type Term = IndicatorVerdict["term"];

/** What a scope makes of the years: the years as shown, and the term's judgement. */
export interface Scoped {
  readonly years: readonly YearVerdict[];
  readonly term: Term;
}

/** Whether a row's figures are counts that add up over the years (not shares, ranks or states). */
function summable(i: Indicator): boolean {
  return (i.unit === "count" || i.unit === "money") && i.kind !== "qualitative";
}

function isQualitative(i: Indicator): boolean {
  return i.kind === "qualitative" || (!!i.target.measure && i.target.measure.kind !== "amount");
}

/** A figure the judge computed (a sum, a mean): no cell of its own. */
function computedFigure(low: number, high: number, percent: boolean): Figure {
  const measure: Amount = { kind: "amount", low, high, lowOpen: false, highOpen: false, percent };
  return { measure, text: formatMeasure(measure), cell: "" };
}

/** Closed amounts only: an open end ("trên 3") cannot be added up. */
function closedAmount(f: Figure): Amount | undefined {
  const m = f.measure;
  if (m?.kind !== "amount" || m.low === null || m.high === null) return undefined;
  return m;
}

/** Each year keeps its figure and loses its own judgement: only the scope judges. */
function unjudged(years: readonly YearVerdict[], keep?: YearVerdict): YearVerdict[] {
  return years.map((y) => (y === keep ? y : { ...y, judgement: null, gap: null }));
}

/**
 * A total or a mean with years missing: kept only when the missing years cannot change it
 * (an "at least" already reached, an "at most" already passed); else no data.
 */
function withMissing(i: Indicator, judged: Judged, missing: boolean): Judged {
  if (!missing) return judged;
  const reached = judged.judgement === "met" || judged.judgement === "exceeded";
  if (i.kind === "atLeast" && reached) return judged;
  if (i.kind === "atMost" && judged.judgement === "notMet") return judged;
  return NO_DATA;
}

function sumOver(i: Indicator, years: readonly YearVerdict[]): Scoped | undefined {
  if (!summable(i)) return undefined;
  let low = 0;
  let high = 0;
  let known = 0;
  let missing = false;
  for (const y of years) {
    const a = closedAmount(y.figure);
    if (a) {
      low += a.low!;
      high += a.high!;
      known++;
    } else missing = true;
  }
  if (known === 0) return { years: unjudged(years), term: { ...NO_DATA, basis: "none" } };
  const figure = computedFigure(tidy(low), tidy(high), false);
  const judged = withMissing(i, judgeFigure(i, figure.measure), missing);
  return { years: unjudged(years), term: { ...judged, basis: "sum", figure } };
}

function meanOver(i: Indicator, years: readonly YearVerdict[]): Scoped | undefined {
  if (isQualitative(i)) return undefined;
  const amounts = years.map((y) => closedAmount(y.figure));
  const known = amounts.filter((a): a is Amount => a !== undefined);
  if (known.length === 0) return { years: unjudged(years), term: { ...NO_DATA, basis: "none" } };
  const mean = (pick: (a: Amount) => number) =>
    tidy(known.reduce((s, a) => s + pick(a), 0) / known.length);
  const figure = computedFigure(
    mean((a) => a.low!),
    mean((a) => a.high!),
    i.unit === "percent",
  );
  // A missing year could move a mean either way.
  const judged = known.length < years.length ? NO_DATA : judgeFigure(i, figure.measure);
  return { years: unjudged(years), term: { ...judged, basis: "average", figure } };
}

/** The term's verdict from one year's: the last year with data, or the named year. */
function oneYear(years: readonly YearVerdict[], y: YearVerdict | undefined, basis: Term["basis"]) {
  if (!y || y.figure.measure === null)
    return { years: unjudged(years), term: { ...NO_DATA, basis: "none" as const } };
  const judgement: Judgement = y.judgement ?? "noData";
  return { years: unjudged(years, y), term: { judgement, gap: y.gap, basis, figure: y.figure } };
}

function lastWithData(years: readonly YearVerdict[]): YearVerdict | undefined {
  for (let k = years.length - 1; k >= 0; k--)
    if (years[k]!.figure.measure !== null) return years[k];
  return undefined;
}

/** The best year of a state to reach over the term: reached once is reached. */
function bestYear(years: readonly YearVerdict[]): Scoped {
  const rank: Record<string, number> = { exceeded: 3, met: 2, notMet: 1 };
  let best: YearVerdict | undefined;
  for (const y of years) {
    if (y.figure.measure === null || !y.judgement || !rank[y.judgement]) continue;
    if (!best || rank[y.judgement]! > rank[best.judgement!]!) best = y;
  }
  // Not reached in any year with data, and a year still blank: it may yet say so.
  if (best?.judgement === "notMet" && years.some((y) => y.figure.measure === null))
    return { years: unjudged(years, best), term: { ...NO_DATA, basis: "none" } };
  return oneYear(years, best, "bestYear");
}

/**
 * The years and term of a scoped target, or undefined when the target is judged each year
 * (the scope is "yearly", or it says nothing more for this kind of figure: a share "over the
 * term" with no term result is judged each year).
 */
export function judgeScope(
  i: Indicator,
  years: readonly YearVerdict[],
  tab: string,
  problems: Problem[],
): Scoped | undefined {
  switch (i.scope.key) {
    case "term":
      return sumOver(i, years) ?? (isQualitative(i) ? bestYear(years) : undefined);
    case "termEnd":
      return oneYear(years, lastWithData(years), "lastYear");
    case "average":
      return meanOver(i, years);
    case "schoolYear": {
      const y = years.find((x) => x.schoolYear === i.scope.schoolYear);
      if (!y) {
        const message = MESSAGES.scopeYearNotInTerm(i.scope.schoolYear ?? "");
        problems.push(
          at(tab, i.scope.cell ?? i.codeCell, issue("warning", "scope-year-not-in-term", message)),
        );
      }
      return oneYear(years, y, "schoolYear");
    }
    default:
      return undefined;
  }
}
