/**
 * Targets and results in an indicator row. The row's unit decides how bare numbers read
 * (percent, money, rank or count). In a percent row, a number cell between 0 and 1 is a
 * fraction (Sheets stores 99,3% as 0.993); typed text without "%" below 1 ("0,993") is read the
 * same way, with a note.
 */

import { BoundedCache } from "../../base/cache.js";
import { beyondBound, roundFloatNoise } from "../../base/numbers.js";
import { type Issue, issue } from "../../base/problems.js";
import { anyOf, foldKey } from "../../base/text.js";
import { CORE_MESSAGES, MESSAGES } from "../../i18n/messages.js";
import { FIGURE_WORDS } from "../../vocabulary/vi.js";
import {
  LEAD_IN_WORDS,
  LEVEL_WORDS,
  NONE_WORDS,
  ROMAN_LEVELS,
  TREND_TARGET_WORDS,
} from "../../vocabulary/words.js";
import { point, readAmount } from "./amounts.js";
import type { Amount, Measure, UnitKind } from "./measure-types.js";
import { dateInFigure } from "./periods.js";
import {
  type CellValue,
  isParsed,
  NOTHING,
  notANumber,
  type Parsed,
  prelude,
  show,
  tooLarge,
} from "./value.js";

export type { Amount, Measure, Quality, TrendTarget, UnitKind } from "./measure-types.js";

const LEVEL = new RegExp(String.raw`\b${anyOf(LEVEL_WORDS)}\s+(\d+|i{1,3}|iv|v)\b`);

function levelOf(folded: string): number | undefined {
  const m = LEVEL.exec(folded);
  if (!m) return undefined;
  return ROMAN_LEVELS[m[1]!] ?? Number(m[1]);
}

/** Bound on each unit's cache of parsed measures; past it the cache starts afresh. */
const MEASURE_CACHE_LIMIT = 20_000;
const MEASURE_CACHE: Record<UnitKind, BoundedCache<string | number, Parsed<Measure>>> = {
  percent: new BoundedCache(MEASURE_CACHE_LIMIT),
  money: new BoundedCache(MEASURE_CACHE_LIMIT),
  rank: new BoundedCache(MEASURE_CACHE_LIMIT),
  count: new BoundedCache(MEASURE_CACHE_LIMIT),
  level: new BoundedCache(MEASURE_CACHE_LIMIT),
};

/**
 * A target or a result in an indicator row. Returns an amount, a trend target or a quality.
 *
 * A sheet repeats the same few figures ("100%", "dưới 1%", "thứ 9") in row after row, so
 * parsed text and number cells are remembered per unit.
 */
export function parseMeasure(raw: CellValue, unit: UnitKind): Parsed<Measure> {
  if (raw === "" || raw === null || raw === undefined) return NOTHING;
  if (typeof raw !== "string" && typeof raw !== "number") return parseMeasureOnce(raw, unit);
  return MEASURE_CACHE[unit].get(raw, (r) => parseMeasureOnce(r, unit));
}

/** Words that only lead a figure in: "đạt 99%", "tỉ lệ 99%", "phấn đấu 100%". */
const LEAD_IN = new RegExp(String.raw`^(${anyOf(LEAD_IN_WORDS)})\s+`);
/** A trailing remark in brackets, unless it is a fraction: "99% (kế hoạch)". */
const TRAILING_REMARK = /\s*\((?!\s*\d+\s*\/)[^)]*\)\s*$/;
const T = TREND_TARGET_WORDS;
const TREND = new RegExp(
  [
    `${anyOf([T.later])} .*(${anyOf(T.more)}) .*${anyOf([T.earlier])}`,
    `(${anyOf(T.directions)}) (${anyOf(T.steadily)})`,
    `^(${anyOf(T.directions)})$`,
  ].join("|"),
);
const TREND_LOWER = new RegExp(anyOf(T.lower));
const TREND_UNSPECIFIED = new RegExp(anyOf(T.unspecified));
const NONE = new RegExp(
  String.raw`^${anyOf([NONE_WORDS.noneAtAll])}\b|^${anyOf([NONE_WORDS.no])}\s*(${anyOf(NONE_WORDS.of)})?$`,
);

function parseMeasureOnce(raw: CellValue, unit: UnitKind): Parsed<Measure> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  const percentRow = unit === "percent";
  if (typeof p === "number") {
    const v = percentRow && Math.abs(p) <= 1 ? roundFloatNoise(p * 100) : p;
    return checkAmount(point(v, percentRow, unit === "rank"), show(raw), unit);
  }
  if (typeof p === "boolean")
    return { value: { kind: "quality", text: p ? FIGURE_WORDS.yes : FIGURE_WORDS.no } };
  if (p instanceof Date) return dateInFigure(p);
  const text = p;
  const f = foldKey(text).replace(LEAD_IN, "").replace(TRAILING_REMARK, "").trim();
  if (TREND.test(f)) return { value: trendOf(f, text, unit) };
  if (NONE.test(f) && !/\d/.test(f)) return { value: point(0, percentRow, false) };
  const amount = readAmount(f, unit);
  if (amount === "invalid") return { value: null, issue: notANumber(text) };
  if (amount) return amountOfText(amount, f, text, unit);
  const level = levelOf(f);
  return {
    value: level === undefined ? { kind: "quality", text } : { kind: "quality", text, level },
  };
}

function trendOf(f: string, text: string, unit: UnitKind): Measure {
  const better = TREND_LOWER.test(f) ? "lower" : unit === "rank" ? "lower" : "higher";
  return {
    kind: "trend",
    better: TREND_UNSPECIFIED.test(f) && unit !== "rank" ? "unspecified" : better,
    text,
  };
}

/** A typed amount, checked; "0,993" in a percent row is read as 99,3% with a note. */
function amountOfText(amount: Amount, f: string, text: string, unit: UnitKind): Parsed<Measure> {
  let note: Issue | undefined;
  let value = amount;
  if (unit === "percent" && !/%/.test(f) && !value.fraction) {
    const scaled = scaleFraction(value);
    if (scaled !== value) {
      value = scaled;
      note = issue(
        "info",
        "fraction-as-percent",
        CORE_MESSAGES.fractionAsPercent(text, String(value.low ?? value.high).replace(".", ",")),
      );
    }
  }
  const checked = checkAmount(value, text, unit);
  return checked.issue || !note ? checked : { ...checked, issue: note };
}

function scaleFraction(a: Amount): Amount {
  const ends = [a.low, a.high].filter((x): x is number => x !== null);
  if (ends.length === 0 || ends.some((x) => x >= 1) || ends.every((x) => x === 0)) return a;
  const s = (x: number | null) => (x === null ? null : roundFloatNoise(x * 100));
  return { ...a, low: s(a.low), high: s(a.high), percent: true };
}

/** Rejects what no school can have: negative counts, shares above 100%, mismatched fractions. */
function checkAmount(a: Amount, text: string, unit: UnitKind): Parsed<Measure> {
  const ends = [a.low, a.high].filter((x): x is number => x !== null);
  const parts = a.fraction ? [a.fraction.part, a.fraction.whole] : [];
  if ([...ends, ...parts].some(beyondBound)) return tooLarge(text);
  if (ends.some((x) => x < 0)) {
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(text)) };
  }
  if ((a.percent || unit === "percent") && ends.some((x) => x > 100)) {
    return {
      value: null,
      issue: issue("error", "percent-over-100", MESSAGES.percentOver100(text)),
    };
  }
  // A range typed larger end first, or a rank of 0, states nothing a result can be judged by.
  if (a.reversed) {
    return { value: null, issue: issue("error", "reversed-range", MESSAGES.reversedRange(text)) };
  }
  if (a.rank && a.high === 0) {
    return { value: null, issue: issue("error", "rank-zero", MESSAGES.rankZero(text)) };
  }
  if (a.fraction) return checkFraction(a, a.fraction);
  return { value: a };
}

function checkFraction(a: Amount, fraction: NonNullable<Amount["fraction"]>): Parsed<Measure> {
  const { part, whole } = fraction;
  if (part > whole) {
    return {
      value: null,
      issue: issue("error", "fraction-over-whole", MESSAGES.fractionOverWhole(part, whole)),
    };
  }
  const actual = (part / whole) * 100;
  const stated = a.low ?? 0;
  // Allow the rounding of the digits actually typed: 62,5 vs 62,50; 63 vs 62,5.
  const decimals = (String(stated).split(".")[1] ?? "").length;
  if (Math.abs(actual - stated) > 0.5 * 10 ** -decimals + 1e-9) {
    const show1 = (x: number) =>
      `${String(roundFloatNoise(Math.round(x * 100) / 100)).replace(".", ",")}%`;
    return {
      value: a,
      issue: issue(
        "warning",
        "fraction-mismatch",
        MESSAGES.fractionMismatch(show1(stated), part, whole, show1(actual)),
      ),
    };
  }
  return { value: a };
}

/** The unit kind of a row from its unit cell. */
export function unitKind(unitKey: string | undefined, unitText: string | undefined): UnitKind {
  switch (unitKey) {
    case "percent":
      return "percent";
    case "money":
      return "money";
    case "rank":
      return "rank";
    case "level":
      return "level";
    default:
      if (unitText && /%/.test(unitText)) return "percent";
      return "count";
  }
}
