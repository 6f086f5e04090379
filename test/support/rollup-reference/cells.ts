/**
 * Cells and sheets of the roll-up. A roll-up sheet is an archive sheet (the archive's XLSX
 * writer writes it: colours, symbols, A4 set-up), and each of its figures carries where it
 * came from — the file, tab and cells — which the "Ô nguồn" column prints and tests check.
 */

import { ROLLUP } from "../../../src/core/i18n/rollup.js";
import type { Judgement } from "../../../src/core/judge/evaluate.js";
import type { ArchiveCell, ArchiveSheet } from "../../../src/core/outputs/archive.js";
import { SCHOOL_LEVEL_LABELS } from "../../../src/core/vocabulary/vi.js";
import { judgementText } from "../../../src/core/workbook/format.js";
import type { CellValue } from "../../../src/core/workbook/parse.js";
import { type RollupFigure, type SchoolRecord, type Trace, traceOf } from "./record.js";

/** A figure's origin: its school's file, the tab, and the cell (or the cells it sums). */
export interface Origin extends Trace {
  readonly file: string;
}

export interface RollupCell extends ArchiveCell {
  /** Set on every figure taken from a school's file; computed cells have none. */
  readonly from?: Origin;
}

export interface RollupSheet extends ArchiveSheet {
  rows(): Iterable<RollupCell[]>;
}

export const text = (v: CellValue): RollupCell => ({ v: v === undefined ? null : v });
export const wrapped = (v: string): RollupCell => ({ v, wrap: true });
export const blank: RollupCell = { v: null };

/** A count the roll-up makes (how many indicators, how many schools): coloured when given. */
export function count(n: number, judgement?: Judgement): RollupCell {
  return n > 0 && judgement ? { v: n, f: "integer", judgement } : { v: n, f: "integer" };
}

/** "▲ Vượt chỉ tiêu", coloured; blank where there is no judgement. */
export function judged(j: Judgement | null | undefined): RollupCell {
  return j ? { v: judgementText(j), f: "judgement", judgement: j } : blank;
}

/** A school's figure as printed, with its origin. A gap stays a gap. */
export function figure(f: RollupFigure | undefined, file: string): RollupCell {
  if (!f || f.text === "") return blank;
  const from = traceOf(f);
  const v = f.v;
  if (!from) return f.f ? { v, f: f.f } : { v };
  return f.f ? { v, f: f.f, from: { file, ...from } } : { v, from: { file, ...from } };
}

/** A whole number summed from a school's cells (award counts, money by source). */
export function summed(n: number, from: Origin, money: boolean): RollupCell {
  return { v: n, f: money ? "money" : "integer", from };
}

/** "Chỉ tiêu!F5" or "Giải thưởng!G2, G3, G9". */
export function traceText(t: Trace | undefined): string {
  if (!t || t.cells.length === 0) return "";
  return ROLLUP.cellAt(t.tab, t.cells.join(", "));
}

export function levelName(s: SchoolRecord): string {
  return SCHOOL_LEVEL_LABELS[s.level];
}

/** Sorting names the Vietnamese way ("Ánh" after "An", "Đ" after "D"). */
export function byName(a: string, b: string): number {
  return a.localeCompare(b, "vi");
}

/**
 * A roll-up sheet: a title row, a header row (both frozen and repeated on every page), then
 * the rows. `titleRows` are further rows of section titles (the notes tab).
 */
export function sheet(
  name: string,
  header: readonly string[],
  widths: readonly number[],
  rowCount: number,
  rows: () => Iterable<RollupCell[]>,
  more: { headerRows?: readonly number[] } = {},
): RollupSheet {
  return {
    name,
    role: "summary",
    hidden: false,
    headerRows: more.headerRows ?? [1],
    frozenRows: more.headerRows ? 0 : 2,
    frozenColumns: 0,
    computedColumns: [],
    widths: header.map((_, c) => widths[c] ?? 12),
    rowCount,
    rows,
  };
}

/** A row as wide as the header: missing cells blank. */
export function padded(cells: readonly RollupCell[], width: number): RollupCell[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push(blank);
  return out;
}
