/** Fakes of the global services: SpreadsheetApp, Ui, LockService, HtmlService, Charts. */
import type {
  HtmlOutput,
  HtmlService,
  Lock,
  LockService,
  Menu,
  SpreadsheetApp,
  Ui,
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
  setWidth(_width: number) {
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

export class FakeHtmlService implements HtmlService {
  createHtmlOutput(html: string) {
    return new FakeHtmlOutput(html);
  }
}

/** Everything the add-on finds as globals, bound to one spreadsheet. */
export interface FakeWorld {
  readonly ss: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly globals: {
    SpreadsheetApp: SpreadsheetApp;
    LockService: LockService;
    HtmlService: HtmlService;
    Charts: typeof FakeCharts;
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
  const htmlService = counted(new FakeHtmlService(), "HtmlService", calls);
  return {
    ss,
    ui,
    lock,
    errors,
    globals: {
      SpreadsheetApp: app,
      LockService: lockService,
      HtmlService: htmlService,
      Charts: FakeCharts,
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
