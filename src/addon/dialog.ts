/**
 * The add-on's dialog for the draft, the archive and the Google Doc. The server only reads:
 * every tab with one `getValues`, handed to the dialog inside its HTML (no second round trip,
 * no Date through google.script.run). The browser builds the file with the same modules as
 * the command line; for a Google Doc it sends the DOCX back to {@link saveFile}.
 */

import { TAB_NAMES } from "../core/index.js";
import { type Book, readGrid } from "./book.js";
import { UserMessage, userMessage } from "./errors.js";
import type { DriveService, HtmlService, Spreadsheet, Ui, Utilities } from "./gas.js";
import { ADDON } from "./messages.vi.js";

/** The project's HTML file (dist/addon/dialog.html, built by scripts/build-web.mjs). */
export const DIALOG_FILE = "dialog";
/** Where the data goes in dialog.html: a JSON string in `<script type="application/json">`. */
export const DATA_PLACEHOLDER = `"__TONGKET_DATA__"`;

export type DialogAction = "draft" | "archive" | "doc";

/** What the dialog is handed: which action, the spreadsheet, every tab's grid. */
export interface DialogPayload {
  readonly action: DialogAction;
  readonly spreadsheet: { readonly name: string; readonly id: string };
  readonly grids: readonly { readonly name: string; readonly values: unknown[][] }[];
}

const TITLES: Record<DialogAction, string> = {
  draft: ADDON.menuDraft,
  archive: ADDON.menuArchive,
  doc: ADDON.menuGoogleDoc,
};

/** Wide enough for the problems table; Sheets caps a dialog at the window's size. */
const WIDTH = 760;
const HEIGHT = 620;

/**
 * A cell as JSON can carry it. A Date becomes `{"$d": ms}`: the wall-clock time of the
 * script's time zone (as Sheets shows the cell) written as a UTC instant, so a date cell is
 * UTC midnight — what the XLSX reader gives — whatever the user's browser time zone.
 */
export function encodeCell(value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const d = value;
  const ms = Date.UTC(
    d.getFullYear(),
    d.getMonth(),
    d.getDate(),
    d.getHours(),
    d.getMinutes(),
    d.getSeconds(),
    d.getMilliseconds(),
  );
  return { $d: Number.isNaN(ms) ? null : ms };
}

/** The dialog's HTML with the payload in place; `<` is escaped so no cell can end the script. */
export function dialogHtml(template: string, payload: DialogPayload): string {
  const json = JSON.stringify(payload).replace(/</g, "\\u003c");
  return template.replace(DATA_PLACEHOLDER, () => json);
}

/** Reads every tab once and opens the dialog for `action`. */
export function openDialog(
  book: Book,
  ss: Spreadsheet,
  ui: Ui,
  html: HtmlService,
  action: DialogAction,
): void {
  // The add-on's own summary tab is rebuilt by the archive: it is not sent.
  const summary = book.find(TAB_NAMES.summary);
  const tabs = book.tabs.filter((t) => t !== summary);
  const grids = tabs.map((t) => ({
    name: t.name,
    values: readGrid(t.sheet).map((row) => row.map(encodeCell)),
  }));
  let template: string;
  try {
    template = html.createHtmlOutputFromFile(DIALOG_FILE).getContent();
  } catch {
    throw new UserMessage(ADDON.dialogMissing);
  }
  if (!template.includes(DATA_PLACEHOLDER)) throw new UserMessage(ADDON.dialogMissing);
  const payload: DialogPayload = {
    action,
    spreadsheet: { name: ss.getName(), id: ss.getId() },
    grids,
  };
  const output = html.createHtmlOutput(dialogHtml(template, payload));
  ui.showModalDialog(output.setWidth(WIDTH).setHeight(HEIGHT), TITLES[action]);
}

/** What the dialog may save to Drive: a Google Doc converted from the DOCX, or the XLSX as is. */
export type SaveKind = "doc" | "xlsx";

const UPLOADS: Record<SaveKind, { from: string; to: string; ext: string }> = {
  doc: {
    from: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    to: "application/vnd.google-apps.document",
    ext: "",
  },
  xlsx: {
    from: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    to: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ext: ".xlsx",
  },
};

/** 30 MB of file, as base64: far above any draft or archive, below what a script can hold. */
const MAX_BASE64 = 40_000_000;

export interface SavedFile {
  readonly name: string;
  readonly url: string;
}

/**
 * Creates a file in the user's Drive from the bytes the dialog built (drive.file: the add-on
 * sees only files it created). A Google Doc is converted by Drive from the DOCX.
 */
export function saveFile(
  base64: unknown,
  name: unknown,
  kind: unknown,
  drive: DriveService | undefined,
  utilities: Utilities,
): SavedFile {
  if (!drive) throw new UserMessage(ADDON.noDrive);
  const upload = UPLOADS[kind as SaveKind];
  if (!upload || typeof base64 !== "string" || base64.length === 0) {
    throw new UserMessage(ADDON.badUpload);
  }
  if (base64.length > MAX_BASE64 || !/^[A-Za-z0-9+/]+=*$/.test(base64)) {
    throw new UserMessage(ADDON.badUpload);
  }
  const base = String(name ?? "")
    .replace(/\.(docx|xlsx)$/i, "")
    .trim()
    .slice(0, 200);
  const fileName = `${base || ADDON.menuTitle}${upload.ext}`;
  const blob = utilities.newBlob(utilities.base64Decode(base64), upload.from, fileName);
  let created: { id?: string; webViewLink?: string };
  try {
    created = drive.Files.create({ name: fileName, mimeType: upload.to }, blob, {
      fields: "id,webViewLink",
    });
  } catch (error) {
    // Drive's own English goes to the log; the dialog shows Vietnamese.
    console.error(error);
    throw new UserMessage(ADDON.driveFailed(userMessage(error)));
  }
  const url =
    created.webViewLink ??
    (kind === "doc"
      ? `https://docs.google.com/document/d/${created.id}/edit`
      : `https://drive.google.com/file/d/${created.id}/view`);
  return { name: fileName, url };
}
