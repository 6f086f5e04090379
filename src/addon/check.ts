/** "Kiểm tra dữ liệu": the problems in a sidebar, and the jump back to a problem's cell. */

import { analyse, parseA1 } from "../core/index.js";
import type { Book } from "./book.js";
import { problemsHtml } from "./check-html.js";
import { UserMessage } from "./errors.js";
import type { HtmlService, Ui } from "./gas.js";
import { ADDON } from "./messages.vi.js";

export function showProblems(book: Book, ui: Ui, html: HtmlService): number {
  const { problems } = analyse(book.readSchemaTabs());
  ui.showSidebar(html.createHtmlOutput(problemsHtml(problems)).setTitle(ADDON.checkTitle));
  return problems.length;
}

/** Activates a tab and, when given, a cell in A1 notation; throws a Vietnamese message otherwise. */
export function jumpTo(book: Book, tabName: string, cell: string): void {
  const tab = book.find(String(tabName));
  if (!tab) throw new UserMessage(ADDON.noSuchTab(String(tabName)));
  const address = String(cell ?? "");
  if (address !== "" && !parseA1(address)) throw new UserMessage(ADDON.badCell(address));
  tab.sheet.activate();
  if (address !== "") tab.sheet.getRange(address).activate();
}
