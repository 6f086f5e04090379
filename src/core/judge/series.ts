/** Yearly series and trends: "năm sau cao hơn năm trước", ranks where lower is better. */

import type { Indicator } from "../workbook/model.js";
import {
  combine,
  type Direction,
  EPS,
  type Judged,
  type Judgement,
  NO_DATA,
  tidy,
} from "./verdict.js";

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
export function judgeSeries(
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

/** Whether lower figures are the better ones in an indicator's series (ranks, decreases). */
export function lowerIsBetter(i: Indicator): boolean {
  if (i.kind === "decrease") return true;
  if (i.kind === "increase") {
    const t = i.target.measure;
    if (t?.kind === "trend" && t.better === "lower") return true;
    return i.unit === "rank";
  }
  return i.unit === "rank";
}
