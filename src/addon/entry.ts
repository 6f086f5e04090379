/**
 * The add-on's entry points. The build exposes every function exported here as a top-level
 * function of the pushed script (Apps Script calls menu items and triggers by name).
 *
 * Services come in as default parameters so tests hand in fakes; menu callbacks take the
 * event Apps Script may pass as their first parameter and ignore it. Every action that
 * writes runs under the document lock (see {@link locked}).
 */

import { countBySeverity } from "../core/index.js";
import { Book } from "./book.js";
import { drawCharts as drawChartsOn } from "./charts.js";
import { jumpTo, showProblems } from "./check.js";
import { compute, toaster } from "./compute.js";
import { apps, type HtmlService, type Lock, type Spreadsheet, type Ui } from "./gas.js";
import { locked } from "./lock.js";
import { buildMenu } from "./menu.js";
import { ADDON } from "./messages.vi.js";
import { setUp } from "./setup.js";
import { formatSheets } from "./styling.js";

/** Builds the menu and nothing else: it may run before the user has authorised anything. */
export function onOpen(_event?: unknown, ui: Ui = apps.spreadsheetApp().getUi()): void {
  buildMenu(ui);
}

export function onInstall(event?: unknown, ui: Ui = apps.spreadsheetApp().getUi()): void {
  onOpen(event, ui);
}

export function setUpSheet(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const result = setUp(new Book(ss), apps.spreadsheetApp());
    toaster(ss)(ADDON.setUpDone(result.tabsAdded, result.columnsAdded));
  });
}

export function computeResults(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const progress = toaster(ss);
    const analysis = compute(new Book(ss), progress);
    if (!analysis) return;
    const count = countBySeverity(analysis.problems);
    progress(ADDON.computeDone(analysis.evaluation.indicators.length, count.error, count.warning));
  });
}

export function formatSheet(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    formatSheets(new Book(ss), apps.spreadsheetApp());
    toaster(ss)(ADDON.formatDone);
  });
}

/** Reads only, so it takes no lock. */
export function checkSheet(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  ui: Ui = apps.spreadsheetApp().getUi(),
  html: HtmlService = apps.htmlService(),
): void {
  showProblems(new Book(ss), ui, html);
}

export function drawCharts(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const drawn = drawChartsOn(new Book(ss), apps.charts());
    toaster(ss)(drawn === 0 ? ADDON.noChartData : ADDON.chartsDone(drawn));
  });
}

/** Called from the Check sidebar (google.script.run) to show a problem's cell. */
export function goToCell(
  tab: string,
  cell: string,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
): void {
  jumpTo(new Book(ss), tab, cell);
}
