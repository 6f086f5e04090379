/**
 * Writes only what changes. The add-on compares what a tab should hold with what it holds
 * (already read: one read per tab) and writes the changed cells, grouped into rectangles:
 * two changed rows share one call when the unchanged cells between them cost less than a
 * call would. So the cells written follow the cells that change, the calls stay few, and a
 * second run over an unchanged sheet writes nothing.
 */
import type { CellValue } from "../core/index.js";
import type { Range, Sheet } from "./gas.js";

/** A rectangle of a tab, 0-based and inclusive. */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What one more service call costs, counted in cells: rows closer than this are written in
 * one rectangle, farther ones in two. A call takes tens of milliseconds; a cell, far less.
 */
export const CALL_COST_IN_CELLS = 64;

/** Rectangles covering every cell where `differs(row, column)`, within rows × columns. */
export function changedBlocks(
  rows: number,
  columns: number,
  differs: (row: number, column: number) => boolean,
): Block[] {
  const blocks: Block[] = [];
  let open: { top: number; left: number; bottom: number; right: number } | undefined;
  for (let r = 0; r < rows; r++) {
    let left = -1;
    let right = -1;
    for (let c = 0; c < columns; c++) {
      if (!differs(r, c)) continue;
      if (left < 0) left = c;
      right = c;
    }
    if (left < 0) continue;
    if (open) {
      const l = Math.min(open.left, left);
      const rt = Math.max(open.right, right);
      const merged = (r - open.top + 1) * (rt - l + 1);
      const apart =
        (open.bottom - open.top + 1) * (open.right - open.left + 1) +
        (right - left + 1) +
        CALL_COST_IN_CELLS;
      if (merged <= apart) {
        open = { top: open.top, left: l, bottom: r, right: rt };
        continue;
      }
      blocks.push(open);
    }
    open = { top: r, left, bottom: r, right };
  }
  if (open) blocks.push(open);
  return blocks;
}

/** The part of a matrix a block covers. */
export function slice<T>(matrix: readonly (readonly T[])[], block: Block): T[][] {
  const out: T[][] = [];
  for (let r = block.top; r <= block.bottom; r++) {
    out.push(matrix[r]!.slice(block.left, block.right + 1));
  }
  return out;
}

/** The range of a block, offset by where the compared rectangle starts on the sheet. */
export function rangeOf(sheet: Sheet, block: Block, row = 0, column = 0): Range {
  return sheet.getRange(
    row + block.top + 1,
    column + block.left + 1,
    block.bottom - block.top + 1,
    block.right - block.left + 1,
  );
}

/** Whether a cell the sheet holds (as getValues gives it) already holds `wanted`. */
export function sameValue(wanted: CellValue | undefined, held: unknown): boolean {
  const w = wanted ?? "";
  const h = held ?? "";
  if (w === h) return true;
  if (w instanceof Date && h instanceof Date) return w.getTime() === h.getTime();
  return false;
}

/**
 * Writes the cells of `wanted` that differ from `held` (read over the same rectangle, whose
 * top-left cell is 0-based `row`, `column`), a changed block at a time: the unchanged cells a
 * block takes along are written with the value they hold already.
 */
export function writeChanged<T>(
  sheet: Sheet,
  row: number,
  column: number,
  wanted: readonly (readonly T[])[],
  held: readonly (readonly unknown[])[],
  same: (wanted: T, held: unknown) => boolean,
  write: (range: Range, values: T[][]) => void,
): number {
  const width = wanted[0]?.length ?? 0;
  const blocks = changedBlocks(wanted.length, width, (r, c) => !same(wanted[r]![c]!, held[r]?.[c]));
  for (const b of blocks) write(rangeOf(sheet, b, row, column), slice(wanted, b));
  return blocks.length;
}

/** Number formats, font weights and wraps: what is read back is what was written. */
export function sameExactly(wanted: unknown, held: unknown): boolean {
  return wanted === held;
}

/** Colours as Sheets reads them back ("#ffffff" for none), compared without case. */
export function sameColour(wanted: string | null, held: unknown): boolean {
  const norm = (c: unknown) => (c === null || c === undefined || c === "" ? "#ffffff" : String(c));
  return norm(wanted).toLowerCase() === norm(held).toLowerCase();
}
