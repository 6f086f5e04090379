/**
 * The computed columns of the Chỉ tiêu tab, as whole columns ready to write in one call.
 * Only these cells are ever written into a user's sheet.
 */
import { adjacentRuns } from "../base/numbers.js";
import { upperFirst } from "../base/text.js";
import type { IndicatorVerdict, Trend } from "../judge/evaluate.js";
import { TREND_WORDS } from "../vocabulary/vi.js";
import { formatGap, formatNumber, judgementText } from "../workbook/format.js";
import type { TabLayout } from "../workbook/model.js";
import type { CellValue, UnitKind } from "../workbook/parse.js";
import { tabDef } from "../workbook/schema.js";
import { shortfallText } from "./shortfall.js";

/** Keys of computed columns in the order the schema lists them. */
export const COMPUTED_KEYS: readonly string[] = tabDef("indicators")
  .columns.filter((c) => c.computed)
  .map((c) => c.key);

function shortJudgement(v: IndicatorVerdict): string {
  // A term not met because of some years: those years, with their figures, in words.
  const short = shortfallText(v);
  if (short) return upperFirst(short);
  return v.years
    .filter((y) => y.judgement !== null && (y.figure.measure !== null || v.term.basis === "series"))
    .map((y) => `${y.schoolYear}: ${judgementText(y.judgement!)}`)
    .join("; ");
}

/** "2 → 5 → 12 (tăng)"; ranks read "13 → 13 → 9 (tiến bộ)". */
function trendText(t: Trend | null, unit: UnitKind = "count"): string {
  if (!t) return "";
  const show = (v: number) => (unit === "percent" ? `${formatNumber(v)}%` : formatNumber(v));
  const values = t.values.map((v) => (v === null ? "…" : show(v))).join(" → ");
  let word: string = TREND_WORDS[t.direction];
  if (t.lowerIsBetter && t.direction === "down") word = TREND_WORDS.better;
  if (t.lowerIsBetter && t.direction === "up") word = TREND_WORDS.worse;
  return `${values} (${word})`;
}

/** The computed cells of one indicator row, by column key. */
export function computedCells(v: IndicatorVerdict): Record<string, CellValue> {
  return {
    judgement: judgementText(v.term.judgement),
    yearJudgements: shortJudgement(v),
    gap: v.term.gap === null ? "" : formatGap(v.term.gap),
    trend: trendText(v.trend, v.indicator.unit),
  };
}

export interface ColumnWrite {
  readonly key: string;
  /** 0-based column index in the tab. */
  readonly column: number;
  /** 0-based row index of the first value (the row under the header). */
  readonly firstRow: number;
  readonly values: CellValue[];
}

/**
 * The values of every computed column present in the layout, one entry per column,
 * covering every row from under the header to `rowCount`. Rows that are not indicators
 * get blanks, so a stale judgement never survives a deleted indicator.
 */
export function computedColumns(
  layout: TabLayout,
  verdicts: readonly IndicatorVerdict[],
  rowCount: number,
): ColumnWrite[] {
  const byRow = new Map(verdicts.map((v) => [v.indicator.row, computedCells(v)]));
  const firstRow = layout.headerRow + 1;
  const out: ColumnWrite[] = [];
  for (const key of COMPUTED_KEYS) {
    const column = layout.columns[key];
    if (column === undefined) continue;
    const values: CellValue[] = [];
    for (let r = firstRow; r < rowCount; r++) values.push(byRow.get(r)?.[key] ?? "");
    out.push({ key, column, firstRow, values });
  }
  return out.sort((a, b) => a.column - b.column);
}

/** Groups adjacent computed columns so each block is one write. */
export function contiguousBlocks(columns: readonly ColumnWrite[]): ColumnWrite[][] {
  return adjacentRuns(columns, (c) => c.column);
}
