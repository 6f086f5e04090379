/** The pushed file: plain script, one top-level function per entry export, the manifest. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import * as entry from "../../src/addon/entry.js";
import { MENU_ITEMS } from "../../src/addon/menu.js";
import { ADDON_MENU } from "./fakes/services.js";
import { CODE_FILE, load } from "./harness.js";

const code = () => readFileSync(CODE_FILE, "utf8");

describe("dist/addon", () => {
  it("is a script without import or export", async () => {
    await load();
    expect(code()).not.toMatch(/^\s*(import|export)\b/m);
    expect(() => new vm.Script(code())).not.toThrow();
  });

  it("declares a top-level function for every export of the entry module", async () => {
    const exported = Object.keys(entry).filter(
      (k) => typeof (entry as Record<string, unknown>)[k] === "function",
    );
    expect(exported.length).toBeGreaterThan(5);
    for (const name of exported) {
      expect(code()).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    }
    const { context } = await load();
    for (const name of exported) expect(typeof context[name]).toBe("function");
  });

  it.each([
    ["a published add-on not yet used in this file", { authMode: "NONE" }],
    ["a bound script, or an add-on in use", { authMode: "LIMITED" }],
    ["a run from the script editor", undefined],
  ])(
    "has a callback for every menu item, and onOpen builds only the menu: %s",
    async (_what, event) => {
      const world = await load();
      world.call("onOpen", event);
      expect(world.ui._menus).toHaveLength(1);
      const menu = world.ui._menus[0]!;
      // The add-on menu (Extensions → the add-on's or the bound project's name), the one form
      // a published Editor add-on may use and one a bound script has too.
      expect(menu._caption).toBe(ADDON_MENU);
      expect(menu._added).toBe(true);
      expect(menu._items.map((i) => i.fn)).toEqual(MENU_ITEMS.map((i) => i.fn));
      for (const item of menu._items) expect(typeof world.context[item.fn]).toBe("function");
      expect(world.ss._calls.writes()).toBe(0);
      expect(world.ss._calls.matching(/^(Spreadsheet|Sheet|Range)\./)).toBe(0);
      world.call("onInstall", {});
      expect(world.ui._menus).toHaveLength(2);
    },
  );

  it("ships the manifest with narrow scopes", () => {
    const manifest = JSON.parse(readFileSync(join(CODE_FILE, "../appsscript.json"), "utf8"));
    expect(manifest).toMatchObject({
      runtimeVersion: "V8",
      timeZone: "Asia/Ho_Chi_Minh",
      exceptionLogging: "STACKDRIVER",
    });
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      // Non-sensitive: only files the add-on itself creates (the Google Doc, the archive).
      "https://www.googleapis.com/auth/drive.file",
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: "Drive", serviceId: "drive", version: "v3" },
    ]);
  });

  it("ships the dialog beside the code, with the place for its data", () => {
    const dialog = readFileSync(join(CODE_FILE, "../dialog.html"), "utf8");
    expect(dialog).toContain('data-shell="dialog"');
    expect(dialog.split('"__TONGKET_DATA__"')).toHaveLength(2);
  });
});
