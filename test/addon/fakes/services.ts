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

export class FakeUi implements Ui {
  readonly _menus: FakeMenu[] = [];
  readonly _alerts: string[] = [];
  readonly _sidebars: FakeHtmlOutput[] = [];
  createMenu(caption: string) {
    const menu = new FakeMenu(caption);
    this._menus.push(menu);
    return menu;
  }
  alert(prompt: string) {
    this._alerts.push(prompt);
    return "OK" as unknown as GoogleAppsScript.Base.Button;
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
