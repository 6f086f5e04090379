/** Figures written the Vietnamese way: "99,3%", "1.157.274.000", "thứ 9", "dưới 1%". */
import { JUDGEMENT_LABELS, JUDGEMENT_SYMBOLS } from "./i18n/vi.js";
import type { Amount, Measure } from "./parse.js";

const formatters = new Map<number, Intl.NumberFormat>();

/** A number with a decimal comma and dot thousands, at most `maxDecimals` decimals. */
export function formatNumber(n: number, maxDecimals = 2): string {
  let f = formatters.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(maxDecimals, f);
  }
  // Intl may group with a non-breaking space in some ICU builds; reports use dots.
  return f.format(n === 0 ? 0 : n).replace(/[\u00a0\u202f\s]/g, ".");
}

/** Money in đồng: "1.157.274.000 đồng". */
export function formatMoney(n: number): string {
  return `${formatNumber(Math.round(n), 0)} đồng`;
}

function value(n: number, a: Pick<Amount, "percent">): string {
  return `${formatNumber(n)}${a.percent ? "%" : ""}`;
}

/** An amount as a report writes it. */
export function formatAmount(a: Amount): string {
  if (a.rank && a.low !== null && a.low === a.high) return `thứ ${formatNumber(a.low)}`;
  if (a.fraction && a.low !== null) {
    return `${value(a.low, a)} (${a.fraction.part}/${a.fraction.whole})`;
  }
  if (a.low !== null && a.low === a.high) return value(a.low, a);
  const lowFree = a.low === null || (a.low === 0 && !a.lowOpen);
  const highFree = a.high === null || (a.percent && a.high === 100 && !a.highOpen);
  if (lowFree && a.high !== null && !highFree) {
    return a.highOpen ? `dưới ${value(a.high, a)}` : `tối đa ${value(a.high, a)}`;
  }
  if (highFree && a.low !== null) {
    return a.lowOpen ? `trên ${value(a.low, a)}` : `từ ${value(a.low, a)} trở lên`;
  }
  if (a.low !== null && a.high !== null) return `${value(a.low, a)}–${value(a.high, a)}`;
  return "";
}

/** Any measure as text: amounts formatted, trends and qualities as typed. */
export function formatMeasure(m: Measure | null): string {
  if (!m) return "";
  if (m.kind === "amount") return formatAmount(m);
  return m.text;
}

/** A signed difference: "+0,3", "-2", "0". */
export function formatGap(n: number): string {
  const s = formatNumber(Math.abs(n));
  return n > 0 ? `+${s}` : n < 0 ? `-${s}` : "0";
}

export type JudgementKey = keyof typeof JUDGEMENT_LABELS;

/** "▲ Vượt chỉ tiêu": symbol and words, so colour is never the only signal. */
export function judgementText(j: JudgementKey): string {
  return `${JUDGEMENT_SYMBOLS[j]} ${JUDGEMENT_LABELS[j]}`;
}
