/** Cells of the archive: how typed figures, counts and money become numbers, and the colours. */

import { toTwelveDigits } from "../base/numbers.js";
import { cleanText } from "../base/text.js";
import type { Judgement } from "../judge/evaluate.js";
import { JUDGEMENT_LABELS } from "../vocabulary/vi.js";
import { judgementText } from "../workbook/format.js";
import type { Figure } from "../workbook/model.js";
import {
  type CellValue,
  parseInteger,
  parseMoney,
  type UnitKind,
  withoutCurrency,
} from "../workbook/parse.js";
import type { CellFormat } from "./summary.js";

/** How a cell should show: the summary's formats, plus dates and signed differences. */
export type ArchiveFormat = CellFormat | "date" | "dateTime" | "signed";

export interface ArchiveCell {
  readonly v: CellValue;
  readonly f?: ArchiveFormat;
  /** Set on judgement cells: drives the colour (the text already carries the symbol). */
  readonly judgement?: Judgement;
  /** Written by the tool, not typed by staff. */
  readonly computed?: boolean;
  /** Long text: wrap in the cell. */
  readonly wrap?: boolean;
}

export const FILLS = { header: "FFDCE6F1", computed: "FFEDEDED" } as const;

export const JUDGEMENT_COLOURS: Readonly<Record<Judgement, { fill: string; font: string }>> = {
  exceeded: { fill: "FFC6EFCE", font: "FF006100" },
  met: { fill: "FFE2EFDA", font: "FF375623" },
  notMet: { fill: "FFFFC7CE", font: "FF9C0006" },
  noData: { fill: "FFFFEB9C", font: "FF7F6000" },
  noTarget: { fill: "FFEDEDED", font: "FF404040" },
};

const JUDGEMENT_BY_TEXT = new Map(
  (Object.keys(JUDGEMENT_LABELS) as Judgement[]).map((j) => [judgementText(j), j]),
);

/** The judgement a cell's text names ("▲ Vượt chỉ tiêu" → exceeded), if any. */
export function judgementOfText(v: CellValue): Judgement | undefined {
  return typeof v === "string" ? JUDGEMENT_BY_TEXT.get(v) : undefined;
}

/** Text that is only a number, maybe with a percent sign: "99,3%", "1.157.274.000", "13". */
const PLAIN_NUMBER = /^[+-]?\d[\d.,]*\s?%?$/;

/**
 * An indicator's figure as an archive cell: a plain number (typed or as text) becomes a
 * number, percents as fractions with a percent format; ranges, ranks written in words,
 * levels and anything not understood stay exactly as typed.
 */
export function figureCell(raw: CellValue, figure: Figure, unit: UnitKind): ArchiveCell {
  if (raw instanceof Date) return { v: raw, f: "date" };
  const m = figure.measure;
  const plain =
    typeof raw === "number" || (typeof raw === "string" && PLAIN_NUMBER.test(cleanText(raw)));
  if (!plain || !m || m.kind !== "amount" || m.low === null || m.low !== m.high || m.fraction) {
    return { v: raw };
  }
  if (m.lowOpen || m.highOpen) return { v: raw };
  if (m.percent) return { v: toTwelveDigits(m.low / 100), f: "percent" };
  if (unit === "money") return { v: m.low, f: "money" };
  return { v: m.low, f: Number.isInteger(m.low) ? "integer" : "number" };
}

/** A whole-number column (counts, money): numbers stay numbers, text numbers become numbers. */
export function wholeCell(raw: CellValue, money: boolean): ArchiveCell {
  if (raw instanceof Date) return { v: raw, f: "date" };
  const plain =
    typeof raw === "number" ||
    (typeof raw === "string" && PLAIN_NUMBER.test(money ? withoutCurrency(raw) : cleanText(raw)));
  if (!plain) return { v: raw };
  const parsed = money ? parseMoney(raw) : parseInteger(raw);
  if (parsed.value === null || parsed.issue) return { v: raw };
  return { v: parsed.value, f: money ? "money" : "integer" };
}

export function plainCell(raw: CellValue): ArchiveCell {
  if (raw instanceof Date) return { v: raw, f: "date" };
  return { v: raw === undefined ? null : raw };
}

/** A width for a column nobody defined: its longest text among the first rows, bounded. */
export function measuredWidth(
  grid: readonly (readonly CellValue[])[],
  column: number,
  max = 50,
): number {
  let longest = 0;
  for (let r = 0; r < Math.min(grid.length, 200); r++) {
    const v = grid[r]?.[column];
    if (v === null || v === undefined) continue;
    const text = v instanceof Date ? "00/00/0000" : String(v);
    for (const line of text.split("\n")) longest = Math.max(longest, [...line].length);
  }
  return Math.min(max, Math.max(8, longest + 2));
}
