/**
 * Numbers, money and counts. Numbers are read the Vietnamese way first: "1.157.274.000" is a
 * thousand-grouped integer, "99,3" has a decimal comma. A single separator followed by exactly
 * three digits is read as thousands in integer columns (money, counts) and as a decimal
 * elsewhere.
 */

import { beyondBound } from "../../base/numbers.js";
import { issue } from "../../base/problems.js";
import { allMatches, anyOf, foldKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import {
  COUNTED_WORDS,
  CURRENCY_WORDS,
  MONEY_SCALES,
  RANGE_FROM,
  RANGE_WORDS,
} from "../../vocabulary/words.js";
import { formatNumber } from "../format.js";
import { dateInFigure } from "./periods.js";
import {
  type CellValue,
  isParsed,
  notANumber,
  type Parsed,
  prelude,
  show,
  tooLarge,
} from "./value.js";

/**
 * Reads a number written the Vietnamese or the English way. Returns undefined when the
 * text is not a plain number. `integerHint` makes "1.000" a thousand rather than one.
 */
export function readNumber(text: string, integerHint: boolean): number | undefined {
  let s = text.replace(/[\s\u00a0]/g, "");
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  // Scientific notation, as a spreadsheet shows a huge number and keeps it when saved as
  // text ("1E+20", or "1e999" in a number cell): a number, reported as too large if it is.
  if (/^\d+(?:\.\d+)?e[+-]?\d+$/i.test(s)) return sign * finite(Number(s));
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  const normal = normalDigits(s, integerHint);
  if (normal === undefined) return undefined;
  return sign * finite(Number(normal));
}

/**
 * Digits past what a double holds read as the largest double, not Infinity: a number still,
 * far past MAX_FIGURE, which the callers report as too large rather than as "not a number";
 * no Infinity ever leaves this function.
 */
function finite(n: number): number {
  return Number.isFinite(n) ? n : Number.MAX_VALUE;
}

/** Digits with their separators resolved to at most one decimal point, or undefined. */
function normalDigits(s: string, integerHint: boolean): string | undefined {
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (s.split(decimal).length > 2) return undefined;
    if (!groupsOfThree(s.split(decimal)[0]!, thousands)) return undefined;
    return s.split(thousands).join("").replace(decimal, ".");
  }
  if (dots > 1 || commas > 1) {
    const sep = dots > 1 ? "." : ",";
    if (!groupsOfThree(s, sep)) return undefined;
    return s.split(sep).join("");
  }
  if (dots === 1 || commas === 1) {
    const sep = dots === 1 ? "." : ",";
    const [head, tail] = s.split(sep) as [string, string];
    return integerHint && tail.length === 3 && head !== "0" ? head + tail : `${head}.${tail}`;
  }
  return s;
}

function groupsOfThree(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
}

/**
 * The currency word after a figure ("đ", "đồng", "VNĐ" once folded). Written without a word
 * boundary before it so that "1.157.274.000đ", typed without a space, is read too.
 */
export const CURRENCY_SUFFIX = new RegExp(String.raw`(?<=^|[\d\s])(${anyOf(CURRENCY_WORDS)})\.?$`);

/** A money text without its currency word, folded: "1.157.274.000 VNĐ" → "1.157.274.000". */
export function withoutCurrency(text: string): string {
  return foldKey(text).replace(CURRENCY_SUFFIX, "").trim();
}

/** Scale words in money, folded: "10 triệu", "1,2 tỷ". */
const SCALE = new Map(Object.entries(MONEY_SCALES).map(([w, factor]) => [foldKey(w), factor]));
const SCALE_WORD = anyOf(Object.keys(MONEY_SCALES));

/** A figure followed by a scale word, inside a longer text. */
const SCALED = new RegExp(String.raw`(\d[\d.,]*)\s*(${SCALE_WORD})\b`, "g");

/** Scaled figures in a row, added up: "1 tỷ 157 triệu 274 nghìn". */
const SCALED_RUN = new RegExp(
  String.raw`\d[\d.,]*\s*${SCALE_WORD}\b(?:\s*\d[\d.,]*\s*${SCALE_WORD}\b)*`,
  "g",
);

/** "10-20 triệu": the scale word after a range counts for both its ends. */
const SCALED_RANGE = new RegExp(
  String.raw`^(${anyOf([RANGE_FROM])}\s*)?(\d[\d.,]*)\s*(${anyOf(RANGE_WORDS)})\s*(\d[\d.,]*)\s*(${SCALE_WORD})\b`,
);

/**
 * Writes money's scale words out in whole đồng, in folded text: "10 trieu" → "10000000",
 * "1 ty 157 trieu" → "1157000000". A run with a figure it cannot read is left as it is.
 */
export function expandScales(folded: string): string {
  return folded.replace(SCALED_RUN, (run) => {
    let total = 0;
    for (const [, n, word] of allMatches(SCALED, run)) {
      const base = readNumber(n!, false);
      if (base === undefined) return run;
      total += base * SCALE.get(word!)!;
    }
    // Past the bound, String() would write "1e+21", which reads as no number: write digits
    // that read as a figure beyond the bound instead, so the caller says "too large".
    return beyondBound(total) ? `1${"0".repeat(16)}` : String(Math.round(total));
  });
}

/** Like {@link expandScales}, with a range's scale word given to both its ends first. */
export function expandRangeScales(folded: string): string {
  return expandScales(folded.replace(SCALED_RANGE, "$1$2 $5 $3 $4 $5"));
}

/** Money in đồng: "1.157.274.000", "1,157,274,000", "1.157.274.000 đ", "10 triệu đồng". */
export function parseMoney(raw: CellValue): Parsed<number> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  if (p instanceof Date) return dateInFigure(p);
  let n: number | undefined;
  if (typeof p === "number") n = p;
  else if (typeof p === "string") {
    n = readNumber(expandScales(withoutCurrency(p)), true);
  }
  if (n === undefined) return { value: null, issue: notANumber(show(raw)) };
  if (beyondBound(n)) return tooLarge(show(raw));
  if (n < 0)
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(show(raw))) };
  const whole = Math.round(n);
  // Float noise from a formula (0,1 × 1.157.274.000) is no part of a đồng; a typed ",5" is.
  if (Math.abs(n - whole) > 1e-6) {
    const rounded = formatNumber(whole);
    return {
      value: whole,
      issue: issue("warning", "money-fraction", MESSAGES.moneyFraction(show(raw), rounded)),
    };
  }
  return { value: whole };
}

/** Words that only name what is counted: "12 giải", "17 đồng chí", "(15/24 đ/c)". */
export const COUNT_WORDS = new RegExp(String.raw`\s*\b(${anyOf(COUNTED_WORDS)})\b\.?\s*`, "g");

/** Non-negative whole numbers: counts of people, prizes, lessons. */
export function parseInteger(raw: CellValue): Parsed<number> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  if (p instanceof Date) return dateInFigure(p);
  let n: number | undefined;
  if (typeof p === "number") n = p;
  else if (typeof p === "string") n = readNumber(foldKey(p).replace(COUNT_WORDS, " ").trim(), true);
  if (n === undefined) return { value: null, issue: notANumber(show(raw)) };
  if (beyondBound(n)) return tooLarge(show(raw));
  if (n < 0)
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(show(raw))) };
  if (!Number.isInteger(n)) {
    return { value: null, issue: issue("error", "not-integer", MESSAGES.notInteger(show(raw))) };
  }
  return { value: n };
}
