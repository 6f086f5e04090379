/** One figure (a school year's result, or the term's) against a target that is not a series. */

import type { Indicator } from "../workbook/model.js";
import type { Amount, Measure } from "../workbook/parse.js";
import { judgeQuality } from "./quality.js";
import { EPS, highEnd, type Judged, lowEnd, NO_DATA, pointOf, tidy } from "./verdict.js";

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

function exactly(result: Amount, v: number): Judged {
  const p = pointOf(result);
  if (p === null) return { judgement: "notMet", gap: null };
  return { judgement: Math.abs(p - v) <= EPS ? "met" : "notMet", gap: tidy(p - v) };
}

function inRange(result: Amount, target: Amount): Judged {
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

/** Judges one figure against a non-series target. */
export function judgeFigure(indicator: Indicator, result: Measure | null): Judged {
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
    case "exact":
      return exactly(result, target.low ?? 0);
    case "range":
      return inRange(result, target);
    default:
      return NO_DATA;
  }
}
