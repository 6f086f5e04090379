/**
 * The "Tổng kết" menu, built with `createAddonMenu`: the one form a published Editor add-on
 * may use (a sub-menu of Extensions named after the listing), and one that works in a bound
 * script too (the sub-menu is then named after the Apps Script project, so name it "Tổng kết").
 * One code path for both installs, so what is tested is what a school gets.
 */

import type { Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";

/** Menu labels and the top-level functions they call, in menu order. */
export const MENU_ITEMS: readonly { readonly label: string; readonly fn: string }[] = [
  { label: ADDON.menuSetUp, fn: "setUpSheet" },
  { label: ADDON.menuUpdateAll, fn: "updateAll" },
  { label: ADDON.menuCompute, fn: "computeResults" },
  { label: ADDON.menuFormat, fn: "formatSheet" },
  { label: ADDON.menuCheck, fn: "checkSheet" },
  { label: ADDON.menuCharts, fn: "drawCharts" },
  { label: ADDON.menuOutline, fn: "createOutlineTab" },
  { label: ADDON.menuDraft, fn: "makeDraft" },
  { label: ADDON.menuArchive, fn: "exportArchive" },
  { label: ADDON.menuGoogleDoc, fn: "makeGoogleDoc" },
];

export function buildMenu(ui: Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.fn);
  menu.addToUi();
}
