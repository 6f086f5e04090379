/**
 * How a table's columns line up (issue 8: "numbers right-aligned in tables"): a column whose
 * cells are all figures ("12", "99,3%", "15 giải", "1.157.274.000 đồng", "thứ 9", "3/5") is
 * right-aligned, a column of school years is centred, any other column reads from the left.
 * Decided per column, so one figure among sentences does not jump to the right. Blank cells,
 * "–" and placeholders of empty cells take no part in the decision.
 */
import { anyOf, foldKey } from "../../base/text.js";
import { DRAFT } from "../../i18n/messages.js";
import { type Block, type Run, runsText } from "./model.js";

export type ColumnAlign = "left" | "center" | "right";

type Table = Extract<Block, { kind: "table" }>;

const NUMBER = String.raw`\d[\d.,]*(?:\s*/\s*\d+)?\s*%?`;
/** A unit after the number, one or two words ("giải", "giáo viên", "phòng", "đồng"). */
const UNIT = String.raw`(?:\s+[a-z]+){1,2}`;
/** Matched on folded text (no marks, lower case). */
const FIGURE = new RegExp(
  String.raw`^(?:${anyOf([DRAFT.rankWord])}\s+)?${NUMBER}(?:\s*[–-]\s*${NUMBER})?(?:${UNIT})?$`,
);
const SCHOOL_YEAR = /^\d{4}\s*[-–]\s*\d{4}$/;

type CellKind = "figure" | "year" | "text" | "none";

function cellKind(runs: readonly Run[]): CellKind {
  if (runs.some((r) => r.missing)) return "none";
  const text = runsText(runs).trim();
  if (text === "" || text === DRAFT.noLine || text === "-") return "none";
  if (SCHOOL_YEAR.test(text)) return "year";
  return FIGURE.test(foldKey(text)) ? "figure" : "text";
}

/** Each column's alignment, from its body cells. */
export function columnAligns(b: Pick<Table, "header" | "rows">): ColumnAlign[] {
  return b.header.map((_, k) => {
    const kinds = new Set(b.rows.map((row) => cellKind(row[k] ?? [])));
    kinds.delete("none");
    if (kinds.size !== 1) return "left";
    return kinds.has("figure") ? "right" : kinds.has("year") ? "center" : "left";
  });
}
