/**
 * Amounts inside a figure's text, once folded and stripped of its lead-in words: points,
 * ranges, bounds ("dưới 1%", "99% trở lên"), ranks and fractions ("15/24", "62,5% (15/24)").
 */

import { roundFloatNoise } from "../../base/numbers.js";
import { anyOf, foldKey } from "../../base/text.js";
import {
  BOUND_AFTER_WORDS,
  BOUND_WORDS,
  RANGE_FROM,
  RANGE_WORDS,
  RANK_WORDS,
} from "../../vocabulary/words.js";
import type { Amount, UnitKind } from "./measure-types.js";
import { COUNT_WORDS, CURRENCY_SUFFIX, expandRangeScales, readNumber } from "./numbers.js";

type Read = Amount | undefined | "invalid";
type ReadNum = (text: string) => number | undefined;

const NUM = String.raw`(\d[\d.,\s]*\d|\d)`;
const FROM = anyOf([RANGE_FROM]);
/** "99%-100%", "99,2 - 100%", "từ 99,5% đến 100%". */
const RANGE = new RegExp(
  String.raw`^(?:${FROM}\s*)?${NUM}\s*%?\s*${anyOf(RANGE_WORDS)}\s*${NUM}\s*%?$`,
);
/** "15/24" or "(15/24)" on its own. */
const FRACTION_ALONE = /^\(?\s*(\d+)\s*\/\s*(\d+)\s*\)?$/;
/** "62,5% (15/24)", "62,5 (15/24)", "62,5%15/24": the stated figure set off by "%" or "(". */
const FRACTION_STATED = new RegExp(String.raw`^${NUM}\s*(?:%\s*\(?|\()\s*(\d+)\s*/\s*(\d+)\s*\)?$`);
const bound = (words: readonly string[]) => new RegExp(String.raw`^(${anyOf(words)})\s*`);
const LOWER_STRICT = bound(BOUND_WORDS.above);
const LOWER_CLOSED = bound(BOUND_WORDS.atLeast);
const UPPER_STRICT = bound(BOUND_WORDS.below);
const UPPER_CLOSED = bound(BOUND_WORDS.atMost);
const OR_BETTER = foldKey(BOUND_AFTER_WORDS.orBetter);
const BOUND_AFTER = new RegExp(
  String.raw`\s*(${anyOf([BOUND_AFTER_WORDS.orBetter, ...BOUND_AFTER_WORDS.orWorse])})$`,
);
const RANK_WORD = new RegExp(
  String.raw`^(${anyOf([RANK_WORDS.placed])} )?(${anyOf(RANK_WORDS.rank)})\s+`,
);
/** "Tốp 10", "trong top 10": among the first ten places, the same as "thứ 10 trở lên". */
const TOP = new RegExp(
  String.raw`^(?:(?:${anyOf(RANK_WORDS.beforeAmong)} )?${anyOf(RANK_WORDS.among)} )?${anyOf([RANK_WORDS.top])}\s*(\d+)$`,
);
/** What a "top 10" is read as: "thứ 10 trở lên", folded. */
const TOP_AS_RANK = (n: string) => `${foldKey(RANK_WORDS.rank[0])} ${n} ${OR_BETTER}`;

export function point(v: number, percent: boolean, rank: boolean): Amount {
  return { kind: "amount", low: v, high: v, lowOpen: false, highOpen: false, percent, rank };
}

/** Returns an amount, undefined when the text is not numeric, or "invalid" for broken numbers. */
export function readAmount(f: string, unit: UnitKind): Read {
  const integerHint = unit === "money" || unit === "count";
  const percentRow = unit === "percent";
  let s = f.replace(CURRENCY_SUFFIX, "").replace(COUNT_WORDS, " ").replace(/\s+/g, " ").trim();
  // "10 triệu", "tối thiểu 1,2 tỷ" in a money row: write the figure out in đồng.
  if (unit === "money") s = expandRangeScales(s);
  const top = TOP.exec(s);
  if (top) s = TOP_AS_RANK(top[1]!);
  const rank = RANK_WORD.test(s) || unit === "rank";
  s = s.replace(RANK_WORD, "");
  const num: ReadNum = (t) => readNumber(t.replace(/%/g, "").trim(), integerHint);
  const percent = percentRow || /%/.test(s);
  // "thứ 9/24": the rank among 24 schools is 9.
  if (rank) s = s.replace(/^(\d+)\s*\/\s*\d+$/, "$1");
  const fraction = readFraction(s, num);
  if (fraction !== undefined) return fraction;
  const range = RANGE.exec(s);
  if (range) return readRange(range, num, percent, rank);
  return readBounded(s, num, percent, rank);
}

/**
 * "15/24", "62,5% (15/24)". The stated figure must be set off by "%" or "(" so that the digits
 * of a bare "15/24" are never split into a stated "1" and a fraction "5/24".
 */
function readFraction(s: string, num: ReadNum): Read {
  const alone = FRACTION_ALONE.exec(s);
  const withStated = alone ? null : FRACTION_STATED.exec(s);
  const frac = alone ? [alone[0], undefined, alone[1], alone[2]] : withStated;
  if (!frac) return undefined;
  const part = Number(frac[2]);
  const whole = Number(frac[3]);
  const stated = frac[1] === undefined ? undefined : num(frac[1]);
  if (frac[1] !== undefined && stated === undefined) return "invalid";
  const v = stated ?? (whole > 0 ? roundFloatNoise((part / whole) * 100) : Number.NaN);
  if (Number.isNaN(v)) return "invalid";
  return { ...point(v, true, false), fraction: { part, whole } };
}

function readRange(range: RegExpExecArray, num: ReadNum, percent: boolean, rank: boolean): Read {
  const a = num(range[1]!);
  const b = num(range[2]!);
  if (a === undefined || b === undefined) return "invalid";
  const [low, high] = a <= b ? [a, b] : [b, a];
  const read: Amount = {
    kind: "amount",
    low,
    high,
    lowOpen: false,
    highOpen: false,
    percent,
    rank,
  };
  return a > b ? { ...read, reversed: true } : read;
}

const PREFIXES: readonly (readonly [RegExp, "low" | "high", boolean])[] = [
  [LOWER_CLOSED, "low", false],
  [UPPER_CLOSED, "high", false],
  [LOWER_STRICT, "low", true],
  [UPPER_STRICT, "high", true],
];

/** A point, or a bound set by a word before ("dưới", "tối thiểu") or after ("trở lên"). */
function readBounded(text: string, num: ReadNum, percent: boolean, rankWord: boolean): Read {
  let s = text;
  let rank = rankWord;
  let lowOpen = false;
  let highOpen = false;
  let bound: "low" | "high" | undefined;
  for (const [re, which, strict] of PREFIXES) {
    if (re.test(s)) {
      s = s.replace(re, "");
      // "tối đa thứ 10": the rank word may follow the bound word.
      if (RANK_WORD.test(s)) {
        rank = true;
        s = s.replace(RANK_WORD, "");
      }
      bound = which;
      if (which === "low") lowOpen = strict;
      else highOpen = strict;
      break;
    }
  }
  const suffix = BOUND_AFTER.exec(s);
  if (suffix) {
    s = s.slice(0, suffix.index);
    // "trở lên" names the better side: higher figures, but for a rank the better places
    // ("thứ 10 trở lên" is the top ten, ranks 1 to 10).
    bound = (suffix[1] === OR_BETTER) !== rank ? "low" : "high";
    lowOpen = false;
    highOpen = false;
  }
  if (!/^[-−+]?\d[\d.,\s]*%?$/.test(s)) return undefined;
  const v = num(s);
  if (v === undefined) return "invalid";
  if (bound === "low") {
    const high = percent ? 100 : null;
    return { kind: "amount", low: v, high, lowOpen, highOpen: false, percent, rank };
  }
  if (bound === "high") {
    return { kind: "amount", low: 0, high: v, lowOpen: false, highOpen, percent, rank };
  }
  return { ...point(v, percent, rank), rank };
}
