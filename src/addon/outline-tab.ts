/**
 * "Tạo Mẫu báo cáo": writes a report kind's default outline into a new "Mẫu báo cáo" tab, for
 * the school to reorder, rename, drop or add headings; the draft then follows the tab (the
 * core reads it). A tab of that name, however spelt, is never overwritten.
 */

import type { CellValue, ReportKind } from "../core/index.js";
import {
  foldKey,
  KIND_IDS,
  KINDS,
  kindNamed,
  layoutTab,
  OUTLINE_TAB,
  sheetRowsOf,
} from "../core/index.js";
import type { Book } from "./book.js";
import { ensureSize, writeBlock } from "./book.js";
import { type SpreadsheetApp, sameEnum, type Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";
import { HEADER_BACKGROUND } from "./palette.js";
import { addDropdowns, PX_PER_CHAR } from "./setup.js";

/** The kind a typed answer names: its number in the list, its id or alias, or its label; blank is the first. */
export function kindOfAnswer(text: string): ReportKind | undefined {
  const answer = text.trim();
  if (answer === "") return KINDS[KIND_IDS[0]!];
  const n = Number(answer);
  if (Number.isInteger(n) && n >= 1 && n <= KIND_IDS.length) return KINDS[KIND_IDS[n - 1]!];
  return (
    kindNamed(answer) ?? Object.values(KINDS).find((k) => foldKey(k.label) === foldKey(answer))
  );
}

/**
 * Asks which kind's outline to write. Undefined when the user cancels, when the tab exists
 * already (the user is told; nothing is written), or when the answer names no kind (told too).
 */
export function askKind(book: Book, ui: Ui): ReportKind | undefined {
  if (book.find(OUTLINE_TAB.name)) {
    ui.alert(ADDON.outlineExists);
    return undefined;
  }
  const labels = KIND_IDS.map((id) => KINDS[id].label);
  const response = ui.prompt(
    ADDON.menuOutline,
    ADDON.outlinePrompt(labels),
    ui.ButtonSet.OK_CANCEL,
  );
  if (!sameEnum(response.getSelectedButton(), ui.Button.OK)) return undefined;
  const kind = kindOfAnswer(response.getResponseText());
  if (!kind) ui.alert(ADDON.outlineBadKind(response.getResponseText(), labels));
  return kind;
}

/** Writes the tab (checked again under the lock: someone may have made it meanwhile). */
export function writeOutlineTab(
  book: Book,
  app: SpreadsheetApp,
  kind: ReportKind,
): { readonly written: boolean; readonly text: string } {
  if (book.find(OUTLINE_TAB.name)) return { written: false, text: ADDON.outlineExists };
  const header = OUTLINE_TAB.columns.map((c) => c.header);
  const grid: CellValue[][] = [header, ...sheetRowsOf(kind)];
  const { sheet } = book.add(OUTLINE_TAB.name);
  ensureSize(sheet, grid.length + 1, header.length);
  writeBlock(sheet, 0, 0, grid);
  const headerCells = sheet.getRange(1, 1, 1, header.length);
  headerCells.setFontWeight("bold");
  headerCells.setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  OUTLINE_TAB.columns.forEach((c, i) => {
    sheet.setColumnWidth(i + 1, c.width * PX_PER_CHAR);
  });
  addDropdowns(OUTLINE_TAB, sheet, layoutTab(OUTLINE_TAB, OUTLINE_TAB.name, grid), app);
  return { written: true, text: ADDON.outlineDone(kind.label, grid.length - 1) };
}
