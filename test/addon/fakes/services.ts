/**
 * Fakes of the global services: SpreadsheetApp, Ui, LockService, HtmlService (with the
 * project's HTML files read from dist/addon), Charts, Utilities and the Drive advanced service.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  Blob,
  DriveService,
  HtmlOutput,
  HtmlService,
  Lock,
  LockService,
  Menu,
  SpreadsheetApp,
  Ui,
  Utilities,
} from "../../../src/addon/gas.js";
import {
  BooleanCriteria,
  DataValidationCriteria,
  FakeCharts,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  ProtectionType,
} from "./builders.js";
import { counted } from "./calls.js";
import type { FakeSpreadsheet } from "./spreadsheet.js";

export class FakeMenu implements Menu {
  readonly _items: { caption: string; fn: string }[] = [];
  _added = false;
  constructor(readonly _caption: string) {}
  addItem(caption: string, functionName: string) {
    this._items.push({ caption, fn: functionName });
    return this;
  }
  addSeparator() {
    return this;
  }
  addToUi() {
    this._added = true;
  }
}

export class FakeHtmlOutput implements HtmlOutput {
  _title = "";
  constructor(readonly _content: string) {}
  getContent() {
    return this._content;
  }
  setTitle(title: string) {
    this._title = title;
    return this;
  }
  _width = 0;
  _height = 0;
  setWidth(width: number) {
    this._width = width;
    return this;
  }
  setHeight(height: number) {
    this._height = height;
    return this;
  }
}

type G = typeof GoogleAppsScript;
/** Enum values stand in as their names, as Apps Script enums print. */
const Button = {
  CLOSE: "CLOSE",
  OK: "OK",
  CANCEL: "CANCEL",
  YES: "YES",
  NO: "NO",
} as unknown as G["Base"]["Button"];
const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as unknown as G["Base"]["ButtonSet"];

/** The menu an add-on inserts under Extensions: named by the listing (or the bound project). */
export const ADDON_MENU = "(Tiện ích mở rộng → tên tiện ích)";

export class FakeUi implements Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly _menus: FakeMenu[] = [];
  readonly _alerts: string[] = [];
  readonly _sidebars: FakeHtmlOutput[] = [];
  /** What the user will answer to the next prompts, in order; none left means Cancel. */
  readonly _answers: { button: "OK" | "CANCEL" | "CLOSE"; text: string }[] = [];
  readonly _prompts: { title: string; prompt: string }[] = [];
  createAddonMenu() {
    const menu = new FakeMenu(ADDON_MENU);
    this._menus.push(menu);
    return menu;
  }
  alert(prompt: string) {
    this._alerts.push(prompt);
    return "OK" as unknown as GoogleAppsScript.Base.Button;
  }
  prompt(title: string, prompt: string, _buttons: GoogleAppsScript.Base.ButtonSet) {
    this._prompts.push({ title, prompt });
    const answer = this._answers.shift() ?? { button: "CANCEL", text: "" };
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => answer.button as unknown as GoogleAppsScript.Base.Button,
    };
  }
  showSidebar(html: HtmlOutput) {
    this._sidebars.push(html as FakeHtmlOutput);
  }
  readonly _dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  showModalDialog(html: HtmlOutput, title: string) {
    this._dialogs.push({ html: html as FakeHtmlOutput, title });
  }
}

export class FakeLock implements Lock {
  /** Someone else holds it. */
  _busy = false;
  _held = false;
  _acquired = 0;
  _released = 0;
  tryLock(_timeoutInMillis: number) {
    if (this._busy) return false;
    this._held = true;
    this._acquired++;
    return true;
  }
  releaseLock() {
    if (this._held) this._released++;
    this._held = false;
  }
  hasLock() {
    return this._held;
  }
}

/** Where clasp pushes from: the project's HTML files are the built ones. */
const PROJECT_DIR = join(import.meta.dirname, "../../../dist/addon");

export class FakeHtmlService implements HtmlService {
  /** Project files by name (without ".html"); missing ones are read from dist/addon. */
  readonly _files = new Map<string, string>();
  createHtmlOutput(html: string) {
    return new FakeHtmlOutput(html);
  }
  createHtmlOutputFromFile(filename: string) {
    let content = this._files.get(filename);
    if (content === undefined) {
      try {
        content = readFileSync(join(PROJECT_DIR, `${filename}.html`), "utf8");
      } catch {
        // As Apps Script says it.
        throw new Error(`No HTML file named ${filename} was found.`);
      }
      this._files.set(filename, content);
    }
    return new FakeHtmlOutput(content);
  }
}

export class FakeBlob implements Blob {
  constructor(
    readonly _bytes: Uint8Array,
    readonly _type: string,
    readonly _name: string,
  ) {}
  getBytes() {
    return Array.from(this._bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getContentType() {
    return this._type;
  }
  getName() {
    return this._name;
  }
}

/** Utilities as Apps Script has it: bytes are signed (Java's byte). */
export class FakeUtilities implements Utilities {
  base64Decode(encoded: string) {
    return Array.from(Buffer.from(encoded, "base64"), (b) => (b > 127 ? b - 256 : b));
  }
  newBlob(data: number[], contentType: string, name: string) {
    return new FakeBlob(
      Uint8Array.from(data, (b) => b & 255),
      contentType,
      name,
    );
  }
}

/** The Drive advanced service: files kept in memory; `_fail` makes the next create throw. */
export class FakeDrive implements DriveService {
  readonly _files: { name: string; mimeType: string; blob: FakeBlob; fields: string }[] = [];
  _fail: string | undefined;
  readonly Files = {
    create: (
      resource: { name: string; mimeType: string },
      media: Blob,
      options: { fields: string },
    ) => {
      if (this._fail) throw new Error(this._fail);
      this._files.push({ ...resource, blob: media as FakeBlob, fields: options.fields });
      const id = `fake-file-${this._files.length}`;
      return { id, webViewLink: `https://docs.google.com/document/d/${id}/edit` };
    },
  };
}

/** Everything the add-on finds as globals, bound to one spreadsheet. */
export interface FakeWorld {
  readonly ss: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly html: FakeHtmlService;
  readonly drive: FakeDrive;
  readonly globals: {
    SpreadsheetApp: SpreadsheetApp;
    LockService: LockService;
    HtmlService: HtmlService;
    Charts: typeof FakeCharts;
    Utilities: Utilities;
    Drive: DriveService;
    console: Pick<Console, "log" | "error" | "warn" | "info">;
  };
  readonly errors: unknown[];
}

export function fakeWorld(ss: FakeSpreadsheet): FakeWorld {
  const ui = new FakeUi();
  const lock = new FakeLock();
  const calls = ss._calls;
  const errors: unknown[] = [];
  const app: SpreadsheetApp = counted(
    {
      ProtectionType,
      DataValidationCriteria,
      BooleanCriteria,
      getActive: () => ss,
      flush: () => {
        ss._flushes.push(ss._toasts.length);
      },
      getUi: () => counted(ui, "Ui", calls),
      newDataValidation: () => new FakeDataValidationBuilder(calls),
      newConditionalFormatRule: () => new FakeConditionalFormatRuleBuilder(calls),
    },
    "SpreadsheetApp",
    calls,
  );
  const lockService: LockService = counted(
    { getDocumentLock: () => counted(lock, "Lock", calls) },
    "LockService",
    calls,
  );
  const html = new FakeHtmlService();
  const htmlService = counted(html, "HtmlService", calls);
  const drive = new FakeDrive();
  return {
    ss,
    ui,
    lock,
    html,
    drive,
    errors,
    globals: {
      SpreadsheetApp: app,
      LockService: lockService,
      HtmlService: htmlService,
      Charts: FakeCharts,
      Utilities: counted(new FakeUtilities(), "Utilities", calls),
      Drive: { Files: counted(drive.Files, "Drive.Files", calls) },
      console: {
        log: () => {},
        info: () => {},
        warn: () => {},
        error: (...args: unknown[]) => {
          errors.push(args[0]);
        },
      },
    },
  };
}
