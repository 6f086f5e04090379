/** Figures in indicator rows (targets and results), read once per distinct cell value. */

import { BoundedCache } from "../../base/cache.js";
import { at } from "../../base/problems.js";
import { a1 } from "../../base/text.js";
import type { Measure, UnitKind } from "../cells/measure-types.js";
import { parseMeasure } from "../cells/measures.js";
import { parseText } from "../cells/text.js";
import type { CellValue, Parsed } from "../cells/value.js";
import { formatMeasure, formatNumber } from "../format.js";
import type { Figure } from "../model.js";
import type { RowReader } from "./rows.js";

/**
 * A figure read from a cell. Its A1 address is made only when asked for: a sheet has tens of
 * thousands of figures and few of them are ever named in a message or placeholder.
 */
class CellFigure implements Figure {
  constructor(
    readonly measure: Measure | null,
    readonly text: string,
    private readonly row: number,
    private readonly column: number,
  ) {}

  get cell(): string {
    return a1(this.row, this.column);
  }

  toJSON(): { measure: Measure | null; text: string; cell: string } {
    return { measure: this.measure, text: this.text, cell: this.cell };
  }
}

const NO_FIGURE: Figure = { measure: null, text: "", cell: "" };

/**
 * The figure in row `r`, column `column` of an indicator tab; its problem is recorded.
 * `readAs`: the text to read the figure from when it is not the cell's whole text (a target
 * with its scope words taken out); the figure's text stays as typed.
 */
export function figure(
  rr: RowReader,
  r: number,
  column: number | undefined,
  unit: UnitKind,
  readAs?: string,
): Figure {
  if (column === undefined) return NO_FIGURE;
  const raw = rr.grid[r]?.[column];
  const { parsed, text } = readFigure(readAs ?? raw, unit);
  if (readAs !== undefined) {
    if (parsed.issue) rr.problems.push(at(rr.layout.name, a1(r, column), parsed.issue));
    return new CellFigure(parsed.value, readFigure(raw, unit).text, r, column);
  }
  if (parsed.issue) rr.problems.push(at(rr.layout.name, a1(r, column), parsed.issue));
  return new CellFigure(parsed.value, text, r, column);
}

interface ReadFigure {
  readonly parsed: Parsed<Measure>;
  readonly text: string;
}

/** Figures already read, per unit: a sheet repeats "100%", "dưới 1%", "thứ 9" row after row. */
const FIGURE_MEMO: Record<UnitKind, BoundedCache<string | number, ReadFigure>> = {
  percent: new BoundedCache(20_000),
  money: new BoundedCache(20_000),
  rank: new BoundedCache(20_000),
  count: new BoundedCache(20_000),
  level: new BoundedCache(20_000),
};

function readFigure(raw: CellValue, unit: UnitKind): ReadFigure {
  if (typeof raw !== "string" && typeof raw !== "number") return readFigureOnce(raw, unit);
  return FIGURE_MEMO[unit].get(raw, (r) => readFigureOnce(r, unit));
}

function readFigureOnce(raw: CellValue, unit: UnitKind): ReadFigure {
  const parsed = parseMeasure(raw, unit);
  return { parsed, text: figureText(raw, parsed.value, unit) };
}

/**
 * The figure as the sheet shows it. Sheets hands a cell formatted "99,3%" over as the number
 * 0.993, and a money cell as 1157274000: those are written back the Vietnamese way, so that
 * tables and sentences quoting the cell say "99,3%" and "1.157.274.000".
 */
function figureText(raw: CellValue, measure: Measure | null, unit: UnitKind): string {
  // A date is no figure and is never quoted as one: the cell reads as a gap.
  if (raw instanceof Date) return "";
  if (typeof raw === "number" && measure?.kind === "amount") {
    return unit === "percent" ? formatMeasure(measure) : formatNumber(raw);
  }
  return parseText(raw).value ?? "";
}
