/**
 * The add-on's entry points. The build exposes every function exported here as a top-level
 * function of the pushed script (Apps Script calls menu items and triggers by name).
 *
 * Services come in as default parameters so tests hand in fakes; menu callbacks take the
 * event Apps Script may pass as their first parameter and ignore it. Every action that
 * writes runs under the document lock (see {@link locked}); every failure reaches the user
 * in Vietnamese (see errors.ts). Pending writes are flushed before the "done" toast, so
 * what the toast announces is on the sheet when it shows.
 */

import { countBySeverity } from "../core/index.js";
import { Book } from "./book.js";
import { drawCharts as drawChartsOn } from "./charts.js";
import { jumpTo, showProblems } from "./check.js";
import { compute, toaster } from "./compute.js";
import { type DialogAction, openDialog, type SavedFile, saveFile } from "./dialog.js";
import { UserMessage, userMessage } from "./errors.js";
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
import { askKind, writeOutlineTab } from "./outline-tab.js";
import { setUp } from "./setup.js";
import { formatSheets } from "./styling.js";

/** Builds the menu and nothing else: it may run before the user has authorised anything. */
export function onOpen(_event?: unknown, ui: Ui = apps.spreadsheetApp().getUi()): void {
  buildMenu(ui);
}

export function onInstall(event?: unknown, ui: Ui = apps.spreadsheetApp().getUi()): void {
  onOpen(event, ui);
}

/** Applies pending writes, then says the action is done. */
function done(ss: Spreadsheet, message: string): void {
  apps.spreadsheetApp().flush();
  toaster(ss)(message);
}

export function setUpSheet(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const result = setUp(new Book(ss), apps.spreadsheetApp());
    done(ss, ADDON.setUpDone(result.tabsAdded, result.columnsAdded));
  });
}

export function computeResults(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const analysis = compute(new Book(ss), toaster(ss));
    if (!analysis) return;
    const count = countBySeverity(analysis.problems);
    done(ss, ADDON.computeDone(analysis.evaluation.indicators.length, count.error, count.warning));
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
    done(ss, ADDON.formatDone);
  });
}

/** "Cập nhật tất cả": compute, format and charts in one hold of the lock, one read of the tabs for compute and charts. */
export function updateAll(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const book = new Book(ss);
    const analysis = compute(book, toaster(ss));
    if (!analysis) return;
    formatSheets(book, apps.spreadsheetApp());
    const drawn = drawChartsOn(book, apps.charts(), analysis);
    const count = countBySeverity(analysis.problems);
    const indicators = analysis.evaluation.indicators.length;
    done(ss, ADDON.updateAllDone(indicators, count.error, count.warning, drawn));
  });
}

/** Reads only, so it takes no lock. */
export function checkSheet(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  ui: Ui = apps.spreadsheetApp().getUi(),
  html: HtmlService = apps.htmlService(),
): void {
  reported(ui, () => {
    showProblems(new Book(ss), ui, html);
  });
}

export function drawCharts(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  locked(lock, ui, () => {
    const drawn = drawChartsOn(new Book(ss), apps.charts());
    done(ss, drawn === 0 ? ADDON.noChartData : ADDON.chartsDone(drawn));
  });
}

/**
 * "Tạo Mẫu báo cáo": asks which report kind, then writes its default outline into a new
 * "Mẫu báo cáo" tab for the school to edit. An existing tab is never overwritten.
 */
export function createOutlineTab(
  _event?: unknown,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
  lock: Lock = apps.lockService().getDocumentLock(),
  ui: Ui = apps.spreadsheetApp().getUi(),
): void {
  // Asked before the lock is taken: nobody waits on someone else's dialog.
  const kind = guardedValue(ui, () => askKind(new Book(ss), ui));
  if (!kind) return;
  locked(lock, ui, () => {
    const message = writeOutlineTab(new Book(ss), apps.spreadsheetApp(), kind);
    if (message.written) done(ss, message.text);
    else ui.alert(message.text);
  });
}

function guardedValue<T>(ui: Ui, f: () => T | undefined): T | undefined {
  let out: T | undefined;
  reported(ui, () => {
    out = f();
  });
  return out;
}

/**
 * Called from the Check sidebar (google.script.run) to show a problem's cell. A failure
 * goes back to the sidebar, which shows its message: always Vietnamese.
 */
export function goToCell(
  tab: string,
  cell: string,
  ss: Spreadsheet = apps.spreadsheetApp().getActive(),
): void {
  try {
    jumpTo(new Book(ss), tab, cell);
  } catch (error) {
    console.error(error);
    throw new UserMessage(userMessage(error));
  }
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
  try {
    return saveFile(base64, name, kind, drive, utilities);
  } catch (error) {
    // The dialog shows the message: Vietnamese only, the English to the log.
    if (!(error instanceof UserMessage)) console.error(error);
    throw new UserMessage(userMessage(error));
  }
}
