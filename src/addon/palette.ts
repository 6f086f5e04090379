/**
 * Colours the add-on paints with. Judgement colours are the archive's (core/archive.ts), so
 * a judgement looks the same in the sheet and in the exported file; judgement cells also
 * carry a symbol, so colour is never the only signal.
 */

import type { JudgementKey } from "../core/index.js";
import { JUDGEMENT_COLOURS as ARCHIVE_COLOURS, FILLS } from "../core/index.js";

export const HEADER_BACKGROUND = cssColour(FILLS.header);
/** The same pale grey the XLSX template and the archive use for computed columns. */
export const COMPUTED_BACKGROUND = cssColour(FILLS.computed);

/** "FFC6EFCE" (ARGB, as XLSX writes colours) → "#c6efce" (as Sheets takes them). */
export function cssColour(argb: string): string {
  return `#${argb.slice(-6).toLowerCase()}`;
}

/** Judgements that get a conditional-format colour in the sheet ("no target" stays plain). */
const COLOURED: readonly JudgementKey[] = ["exceeded", "met", "notMet", "noData"];

export const JUDGEMENT_COLOURS: Readonly<
  Partial<Record<JudgementKey, { readonly background: string; readonly font: string }>>
> = Object.fromEntries(
  COLOURED.map((k) => [
    k,
    { background: cssColour(ARCHIVE_COLOURS[k].fill), font: cssColour(ARCHIVE_COLOURS[k].font) },
  ]),
);

/** Number formats (patterns are locale-neutral; Sheets shows them with the sheet's separators). */
export const NUMBER_FORMATS = {
  percent: "0.0%",
  money: "#,##0",
  integer: "#,##0",
  decimal: "#,##0.0#",
} as const;
