/** Colours the add-on paints with. Judgement cells also carry a symbol, so colour is never the only signal. */
import type { JudgementKey } from "../core/format.js";

export const HEADER_BACKGROUND = "#dce6f1";
/** The same pale grey the XLSX template uses for computed columns. */
export const COMPUTED_BACKGROUND = "#ededed";

export const JUDGEMENT_COLOURS: Readonly<
  Partial<Record<JudgementKey, { readonly background: string; readonly font: string }>>
> = {
  exceeded: { background: "#b7e1cd", font: "#0b5b2e" },
  met: { background: "#e2f3e8", font: "#1e6b3a" },
  notMet: { background: "#f4c7c3", font: "#8c1d18" },
  noData: { background: "#fce8b2", font: "#6b4e00" },
};

/** Number formats (patterns are locale-neutral; Sheets shows them with the sheet's separators). */
export const NUMBER_FORMATS = {
  percent: "0.0%",
  money: "#,##0",
  integer: "#,##0",
  decimal: "#,##0.0#",
} as const;
