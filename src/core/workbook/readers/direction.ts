/** Whether a row's figures are better when lower, from its label and its kind. */

import { anyOf, foldKey } from "../../base/text.js";
import { LOWER_BETTER_NEGATIONS, LOWER_BETTER_WORDS } from "../../vocabulary/words.js";
import type { TargetKind } from "../schema.js";

const LOWER = new RegExp(String.raw`(^|\s)${anyOf(LOWER_BETTER_WORDS)}(\s|$|[,;.)])`);
/** A negation anywhere before the word turns it round: "không có học sinh bỏ học". */
const NEGATED = new RegExp(
  String.raw`(^|\s)${anyOf(LOWER_BETTER_NEGATIONS)}\s.*${anyOf(LOWER_BETTER_WORDS)}(\s|$|[,;.)])`,
);

/** A label naming what a school wants less of ("bỏ học", "suy dinh dưỡng"), not negated. */
export function lowerBetterLabel(label: string): boolean {
  const f = foldKey(label);
  return LOWER.test(f) && !NEGATED.test(f);
}

/**
 * Lower is better when the kind says so (at most, year on year lower), or when the label
 * names something to have less of and no kind typed says otherwise.
 */
export function isLowerBetter(label: string, kind: TargetKind, kindStated: boolean): boolean {
  if (kind === "atMost" || kind === "decrease") return true;
  if (kindStated && kind !== "none" && kind !== "qualitative") return false;
  return lowerBetterLabel(label);
}
