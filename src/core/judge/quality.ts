/**
 * Qualitative targets: a stated state to reach, a level ("mức độ 3"), or a rung of a known
 * title ladder ("Hoàn thành tốt nhiệm vụ" below "Hoàn thành xuất sắc nhiệm vụ").
 */

import { foldKey, matchKey } from "../base/text.js";
import type { Measure } from "../workbook/parse.js";
import { type Judged, pointOf, tidy } from "./verdict.js";

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

export function judgeQuality(target: Measure, result: Measure): Judged {
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
