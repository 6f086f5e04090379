/**
 * The "Tổng kết" menu. `createMenu` gives a top-level menu under its own title, which works in
 * a bound script and in a test deployment; a Marketplace listing would use `createAddonMenu`.
 */

import type { Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";

/** Menu labels and the top-level functions they call, in menu order. */
export const MENU_ITEMS: readonly { readonly label: string; readonly fn: string }[] = [
  { label: ADDON.menuSetUp, fn: "setUpSheet" },
  { label: ADDON.menuCompute, fn: "computeResults" },
  { label: ADDON.menuFormat, fn: "formatSheet" },
  { label: ADDON.menuCheck, fn: "checkSheet" },
  { label: ADDON.menuCharts, fn: "drawCharts" },
  { label: ADDON.menuDraft, fn: "makeDraft" },
  { label: ADDON.menuArchive, fn: "exportArchive" },
  { label: ADDON.menuGoogleDoc, fn: "makeGoogleDoc" },
];

export function buildMenu(ui: Ui): void {
  const menu = ui.createMenu(ADDON.menuTitle);
  for (const item of MENU_ITEMS) menu.addItem(item.label, item.fn);
  menu.addToUi();
}
