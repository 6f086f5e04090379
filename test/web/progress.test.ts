/// <reference lib="dom" />
/**
 * Progress while a file is built, in the add-on's dialog and the offline page, as the user sees
 * it: a recorder in the page notes the status line at every animation frame (what is painted),
 * so a step whose text is set and overwritten without a frame between does not count. The
 * dialog's stand-in for google.script.run holds its answer until the test lets it go, so the
 * "saving" line is seen while Drive is busy. Failures are said in plain Vietnamese, never in
 * the browser's English, and the page keeps working.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { DIALOG, WEB } from "../../src/web/messages.vi.js";
import { FakeSpreadsheet } from "../addon/fakes/spreadsheet.js";
import { load } from "../addon/harness.js";
import { type Browser, download, launch } from "../support/browser.js";
import { inOrder } from "../support/draft-text.js";
import { chromium } from "../support/external.js";

const root = join(import.meta.dirname, "../..");
const PAGE = join(root, "dist/web/tongket.html");
const SAMPLE_FILE = join(root, "sheets-templates/sample.xlsx");
const browserTool = chromium();
const scratch = mkdtempSync(join(tmpdir(), "tongket-progress-"));
let browser: Browser;

/** In the page before its script: the status line's text at each frame, when it changes. */
function recorder() {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  const tick = () => {
    const text = document.querySelector(".status")?.textContent ?? "";
    if (text && seen[seen.length - 1] !== text) seen.push(text);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
const clearSeen = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __seen: string[] }).__seen.length = 0;
  });

/** google.script.run answered by window.__server (Node), which may hold an answer back. */
function standIn() {
  type Handler = ((v: unknown) => void) | undefined;
  const server = (window as unknown as { __server: (n: string, a: unknown[]) => Promise<unknown> })
    .__server;
  const make = (ok: Handler, fail: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === "withSuccessHandler") return (f: Handler) => make(f, fail);
          if (prop === "withFailureHandler") return (f: Handler) => make(ok, f);
          return (...args: unknown[]) => {
            server(prop, args).then((r) => {
              const answer = r as { ok: boolean; value?: unknown; message?: string };
              if (answer.ok) ok?.(answer.value);
              else fail?.(new Error(answer.message));
            });
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = {
    script: { run: make(undefined, undefined) },
  };
}

/** The draft dialog on the sample; `hold` makes the server wait before each answer. */
async function openDialog(hold: () => Promise<void> = async () => {}, before?: () => void) {
  const world = await load(FakeSpreadsheet.fromGrids(await readXlsx(SAMPLE_FILE)));
  world.call("makeDraft");
  const file = join(scratch, `dialog-${Date.now()}.html`);
  writeFileSync(file, world.ui._dialogs[0]!.html.getContent());
  const page = await browser.newPage();
  await page.exposeFunction("__server", async (name: string, args: unknown[]) => {
    await hold();
    try {
      return { ok: true, value: world.call(name, ...args) ?? null };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript(standIn);
  await page.addInitScript(recorder);
  if (before) await page.addInitScript(before);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("main.dialog h1");
  return { world, page };
}

/** The canvas gives no 2D context, as in a browser that refuses to draw. */
function noCanvas() {
  HTMLCanvasElement.prototype.getContext = () => null;
}

describe.skipIf(!browserTool.available)(`progress and failures ${browserTool.reason}`, () => {
  beforeAll(async () => {
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("dialog: each step of the Word draft is on screen before the file is offered", {
    timeout: 300_000,
  }, async () => {
    const { page } = await openDialog();
    await clearSeen(page);
    const file = await download(page, 'button[data-action="draft-docx"]');
    await page.waitForFunction(
      (t) => document.querySelector(".status")?.textContent === t,
      WEB.built(file.name),
    );
    const steps = [
      WEB.building(WEB.whatDraft),
      WEB.drawingCharts,
      WEB.writingDocx,
      WEB.built(file.name),
    ];
    expect(await seen(page)).toEqual(expect.arrayContaining(steps));
    expect(inOrder(await seen(page), steps)).toBe(true);
    await page.close();
  });

  it("dialog: 'saving to Drive' shows for as long as the add-on takes to answer", {
    timeout: 300_000,
  }, async () => {
    let release = () => {};
    const answered = new Promise<void>((r) => {
      release = r;
    });
    const { world, page } = await openDialog(() => answered);
    await clearSeen(page);
    await page.click('button[data-action="google-doc"]');
    await page.waitForFunction(
      (t) => document.querySelector(".status")?.textContent === t,
      DIALOG.savingDoc,
      { polling: "raf", timeout: 120_000 },
    );
    // Held: nothing saved yet, no link, and the buttons wait too.
    expect(world.drive._files).toHaveLength(0);
    expect(await page.textContent(".result")).toBe("");
    expect(await page.isDisabled('button[data-action="draft-docx"]')).toBe(true);
    expect(
      inOrder(await seen(page), [WEB.building(WEB.whatDraft), WEB.writingDocx, DIALOG.savingDoc]),
    ).toBe(true);
    release();
    await page.waitForSelector(".result a.saved", { timeout: 120_000 });
    expect(await page.textContent(".status")).toBe("");
    expect(world.drive._files).toHaveLength(1);
    await page.close();
  });

  it("dialog: a chart the browser cannot draw is a plain Vietnamese message", {
    timeout: 300_000,
  }, async () => {
    const { page } = await openDialog(undefined, noCanvas);
    await page.click('button[data-action="draft-docx"]');
    await page.waitForFunction(
      () => (document.querySelector(".failure")?.textContent ?? "") !== "",
    );
    expect(await page.textContent(".failure")).toBe(WEB.failed(WEB.chartFailed));
    expect(await page.textContent(".status")).toBe("");
    expect(await page.isDisabled('button[data-action="draft-docx"]')).toBe(false);
    await page.close();
  });

  describe("the offline page", () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
      await page.addInitScript(recorder);
      await page.goto(pathToFileURL(PAGE).href);
      await page.setInputFiles("input[type=file]", SAMPLE_FILE);
      await page.waitForFunction(
        () => document.querySelector(".status")?.textContent?.startsWith("Đã đọc"),
        undefined,
        { timeout: 120_000 },
      );
    }, 300_000);

    it("each step of the draft and of the archive is on screen, named for what is built", {
      timeout: 300_000,
    }, async () => {
      await clearSeen(page);
      const draft = await download(page, 'button[data-action="draft-docx"]');
      await page.waitForFunction(
        (t) => document.querySelector(".status")?.textContent === t,
        WEB.built(draft.name),
      );
      expect(
        inOrder(await seen(page), [
          WEB.building(WEB.whatDraft),
          WEB.drawingCharts,
          WEB.writingDocx,
          WEB.built(draft.name),
        ]),
      ).toBe(true);
      await clearSeen(page);
      const archive = await download(page, 'button[data-action="archive-xlsx"]');
      await page.waitForFunction(
        (t) => document.querySelector(".status")?.textContent === t,
        WEB.built(archive.name),
      );
      // Leaving aside the line the draft left, as the frame after the click may still show it.
      const steps = (await seen(page)).filter((t) => t !== WEB.built(draft.name));
      expect(steps[0]).toBe(WEB.building(WEB.whatArchive));
      expect(steps.at(-1)).toBe(WEB.built(archive.name));
      expect(steps).not.toContain(WEB.building(WEB.whatDraft));
    });

    it("a download the browser refuses is a plain Vietnamese message; the page keeps working", {
      timeout: 300_000,
    }, async () => {
      await page.evaluate(() => {
        const w = window as unknown as { __create: typeof URL.createObjectURL };
        w.__create = URL.createObjectURL;
        URL.createObjectURL = () => {
          throw new TypeError("Failed to execute 'createObjectURL' on 'URL'");
        };
      });
      await page.click('button[data-action="draft-md"]');
      await page.waitForFunction(
        () => (document.querySelector(".failure")?.textContent ?? "") !== "",
      );
      expect(await page.textContent(".failure")).toBe(WEB.failed(WEB.downloadBlocked));
      expect(await page.textContent(".status")).toBe("");
      await page.evaluate(() => {
        URL.createObjectURL = (
          window as unknown as { __create: typeof URL.createObjectURL }
        ).__create;
      });
      const file = await download(page, 'button[data-action="draft-md"]');
      expect(file.name).toMatch(/\.zip$/);
      expect(await page.textContent(".failure")).toBe("");
    });
  });
});
