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
import { type DialogAction, openDialog, type SavedFile, saveFile } from "./dialog.js";
import {
  apps,
  type DriveService,
  type HtmlService,
  type Lock,
  type Spreadsheet,
  type Ui,
  type Utilities,
} from "./gas.js";
import { locked, reported } from "./lock.js";
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

function dialog(
  action: DialogAction,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  ui: Ui = apps.spreadsheetApp().getUi(),
  html: HtmlService = apps.htmlService(),
): void {
  reported(ui, () => openDialog(new Book(ss), ss, ui, html, action));
}

/** "Tạo dự thảo báo cáo": reads only, so no lock; the dialog builds the DOCX. */
export function makeDraft(_event?: unknown, ss?: Spreadsheet, ui?: Ui, html?: HtmlService): void {
  dialog("draft", ss, ui, html);
}

/** "Xuất bản lưu trữ (Excel)": the dialog builds the archive XLSX. */
export function exportArchive(
  _event?: unknown,
  ss?: Spreadsheet,
  ui?: Ui,
  html?: HtmlService,
): void {
  dialog("archive", ss, ui, html);
}

/** "Tạo Google Doc": the dialog builds the DOCX and hands it to {@link saveToDrive}. */
export function makeGoogleDoc(
  _event?: unknown,
  ss?: Spreadsheet,
  ui?: Ui,
  html?: HtmlService,
): void {
  dialog("doc", ss, ui, html);
}

/**
 * Called from the dialog (google.script.run) with the file it built, base64: creates a Google
 * Doc (kind "doc") or an XLSX file (kind "xlsx") in the user's Drive and returns its link.
 */
export function saveToDrive(
  base64: string,
  name: string,
  kind: string,
  drive: DriveService | undefined = apps.drive(),
  utilities: Utilities = apps.utilities(),
): SavedFile {
  return saveFile(base64, name, kind, drive, utilities);
}
