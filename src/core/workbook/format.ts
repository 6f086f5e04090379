/** Figures written the Vietnamese way: "99,3%", "1.157.274.000", "thứ 9", "dưới 1%". */
import type { JudgementKey } from "../vocabulary/keys.js";
import { FIGURE_WORDS, JUDGEMENT_LABELS, JUDGEMENT_SYMBOLS } from "../vocabulary/vi.js";
import type { Amount, Measure } from "./parse.js";

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * A number with a decimal comma and dot thousands, at most `maxDecimals` decimals. The default
 * shows a figure in full (the parsers already remove float noise below 1e-9): a report quotes
 * the sheet's figures, it does not round them.
 */
export function formatNumber(n: number, maxDecimals = 9): string {
  return quickFormat(n, maxDecimals) ?? intlFormat(n, maxDecimals);
}

/**
 * The same result as Intl for ordinary figures, without Intl's cost (a few microseconds a
 * call, which adds up over tens of thousands of cells). Like Intl, it rounds the shortest
 * decimal form of the number (1.005 → "1,01"), half away from zero; a test compares the two.
 */
function quickFormat(n: number, maxDecimals: number): string | undefined {
  const shortest = String(Math.abs(n));
  if (!Number.isFinite(n) || shortest.includes("e") || maxDecimals > 20) return undefined;
  let [whole, fraction = ""] = shortest.split(".") as [string, string?];
  if (fraction.length > maxDecimals) {
    const up = fraction.charCodeAt(maxDecimals) >= 53; // the next digit is 5 or more
    fraction = fraction.slice(0, maxDecimals);
    if (up) {
      const digits = [...whole, ...fraction].map(Number);
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i >= 0) digits[i]! += 1;
      else digits.unshift(1);
      const all = digits.join("");
      whole = all.slice(0, all.length - fraction.length);
      fraction = all.slice(all.length - fraction.length);
    }
  }
  fraction = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ".");
  const body = fraction ? `${grouped},${fraction}` : grouped;
  return n < 0 ? `-${body}` : body;
}

/** Intl's formatting, kept as the reference and for what {@link quickFormat} leaves out. */
export function intlFormat(n: number, maxDecimals = 2): string {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(maxDecimals, f);
  }
  // Intl may group with a non-breaking space in some ICU builds; reports use dots.
  return f.format(n === 0 ? 0 : n).replace(/[\u00a0\u202f\s]/g, ".");
}

/** A sum of money as a bare figure, whole đồng: "1.157.274.000". */
export function formatMoneyFigure(n: number): string {
  return formatNumber(Math.round(n), 0);
}

/** Money in đồng: "1.157.274.000 đồng". */
export function formatMoney(n: number): string {
  return FIGURE_WORDS.money(formatMoneyFigure(n));
}

/** A figure from a cell is shown in full (as parsed, float noise removed), never rounded. */
function value(n: number, a: Pick<Amount, "percent">, unit = ""): string {
  return `${formatNumber(n)}${a.percent ? "%" : ""}${unit ? ` ${unit}` : ""}`;
}

/**
 * An amount as a report writes it. `unit` ("giải", "giáo viên") goes after the number, inside
 * the bound's words: "từ 15 giải trở lên", "dưới 3 giải", "15–20 giải", never "từ 15 trở lên giải".
 */
function formatAmount(a: Amount, unit = ""): string {
  if (a.rank && a.low !== null && a.low === a.high) return FIGURE_WORDS.rank(formatNumber(a.low));
  if (a.fraction && a.low !== null) {
    return `${value(a.low, a, unit)} (${a.fraction.part}/${a.fraction.whole})`;
  }
  if (a.low !== null && a.low === a.high) return value(a.low, a, unit);
  // A rank bounded by a place: that place or better ("thứ 10 trở lên").
  if (a.rank && a.low === 0 && a.high !== null && !a.highOpen) {
    return FIGURE_WORDS.rankOrBetter(formatNumber(a.high));
  }
  const lowFree = a.low === null || (a.low === 0 && !a.lowOpen);
  const highFree = a.high === null || (a.percent && a.high === 100 && !a.highOpen);
  if (lowFree && a.high !== null && !highFree) {
    return (a.highOpen ? FIGURE_WORDS.below : FIGURE_WORDS.atMost)(value(a.high, a, unit));
  }
  if (highFree && a.low !== null) {
    return (a.lowOpen ? FIGURE_WORDS.above : FIGURE_WORDS.atLeast)(value(a.low, a, unit));
  }
  if (a.low !== null && a.high !== null) return `${value(a.low, a)}–${value(a.high, a, unit)}`;
  return "";
}

/**
 * Any measure as text: amounts formatted (with `unit` after the number, where the words of
 * a bound allow it), trends and qualities as typed.
 */
export function formatMeasure(m: Measure | null, unit = ""): string {
  if (!m) return "";
  if (m.kind === "amount") return formatAmount(m, unit);
  return m.text;
}

/** A signed difference: "+0,3", "-2", "0". */
export function formatGap(n: number): string {
  const s = formatNumber(Math.abs(n));
  return n > 0 ? `+${s}` : n < 0 ? `-${s}` : "0";
}

export type { JudgementKey };

/** "▲ Vượt chỉ tiêu": symbol and words, so colour is never the only signal. */
export function judgementText(j: JudgementKey): string {
  return `${JUDGEMENT_SYMBOLS[j]} ${JUDGEMENT_LABELS[j]}`;
}
