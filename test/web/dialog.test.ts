/// <reference lib="dom" />
/**
 * The add-on's dialog in Debian's Chromium. The BUILT add-on (dist/addon/Code.js) runs in a vm
 * against the fakes, a menu item opens the dialog, and the HTML it hands to showModalDialog is
 * loaded from file:// with a local stand-in for google.script.run that calls the same built
 * add-on's top-level functions (goToCell, saveToDrive). Files are downloaded and compared part
 * by part with the ones Node builds from the same grids, and read back with python-docx and
 * openpyxl.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesParts } from "../../scripts/same-outputs.mjs";
import { ADDON } from "../../src/addon/messages.vi.js";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { ARCHIVE, analyse, archivePlan, buildDraft, KINDS, SAMPLE } from "../../src/core/index.js";
import { decodePayload } from "../../src/web/dialog-data.js";
import { DIALOG } from "../../src/web/messages.vi.js";
import { archiveBytes, draftDocxBytes } from "../../src/writers/index.js";
import { FakeSpreadsheet } from "../addon/fakes/spreadsheet.js";
import { type Loaded, load } from "../addon/harness.js";
import { type Browser, download, launch } from "../support/browser.js";
import { chromium, openpyxl, pythonDocx } from "../support/external.js";
import { expectSameParts, pngSize, readDocx, readXlsxWithOpenpyxl } from "../support/parts.js";

const root = join(import.meta.dirname, "../..");
const SAMPLE_FILE = join(root, "sheets-templates/sample.xlsx");
const VERSION = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
export const DIALOG_SCREENSHOT = join(root, "out/web/hop-thoai.png");

const browserTool = chromium();
const scratch = mkdtempSync(join(tmpdir(), "tongket-dialog-"));
let browser: Browser;

/** The stand-in for google.script.run: every call goes to window.__server (Node). */
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

interface Opened {
  readonly world: Loaded;
  readonly page: Page;
  /** The grids as the dialog got them. */
  readonly grids: ReturnType<typeof decodePayload> & object;
  /** Server functions the dialog called, in order. */
  readonly calls: string[];
}

/** Opens the dialog of a menu item on a sheet holding the sample. */
async function open(fn: string): Promise<Opened> {
  const world = await load(FakeSpreadsheet.fromGrids(await readXlsx(SAMPLE_FILE)));
  world.call(fn);
  expect(world.ui._alerts).toEqual([]);
  const html = world.ui._dialogs[0]!.html.getContent();
  const file = join(scratch, `${fn}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage();
  await page.setViewportSize({ width: 760, height: 620 });
  const calls: string[] = [];
  await page.exposeFunction("__server", (name: string, args: unknown[]) => {
    calls.push(name);
    try {
      return { ok: true, value: world.call(name, ...args) ?? null };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript(standIn);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector("main.dialog h1");
  const m = html.match(/id="tongket-data">([^<]*)<\/script>/)!;
  return { world, page, grids: decodePayload(m[1]!)!, calls };
}

async function waitForText(page: Page, selector: string): Promise<string> {
  await page.waitForFunction(
    (s) => (document.querySelector(s)?.textContent ?? "") !== "",
    selector,
    { timeout: 120_000 },
  );
  return (await page.textContent(selector)) ?? "";
}

describe.skipIf(!browserTool.available)(`the add-on's dialog ${browserTool.reason}`, () => {
  beforeAll(async () => {
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("shows the check's problems, and each button shows its cell in the sheet", {
    timeout: 300_000,
  }, async () => {
    const { world, page, grids, calls } = await open("makeDraft");
    const analysis = analyse(grids.grids);
    expect(analysis.problems.length).toBeGreaterThan(0);
    const rows = await page.$$eval("table.problems tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)),
    );
    expect(rows).toEqual(
      analysis.problems.map((p) => [
        expect.any(String),
        p.tab,
        p.cell,
        p.message,
        p.cell ? DIALOG.goTo : DIALOG.goToTab,
      ]),
    );
    const k = analysis.problems.findIndex((p) => p.cell !== "");
    const target = analysis.problems[k]!;
    await page.click(`table.problems tbody tr:nth-child(${k + 1}) button`);
    await page.waitForFunction(() =>
      document.querySelector(".status")?.textContent?.startsWith("Đã mở"),
    );
    expect(calls).toEqual(["goToCell"]);
    expect(world.ss._active).toEqual({ sheet: target.tab, range: target.cell });
    // Offered: the report kinds the command line knows, the school year hidden for a term report.
    expect(
      await page.$$eval("select[name=kind] option", (o) =>
        o.map((x) => (x as HTMLOptionElement).value),
      ),
    ).toEqual(Object.keys(KINDS));
    expect(await page.isVisible("select[name=year]")).toBe(false);
    expect(browser.outside).toEqual([]);
    expect(browser.errors).toEqual([]);
    mkdirSync(join(root, "out/web"), { recursive: true });
    const png = await page.screenshot({ path: DIALOG_SCREENSHOT });
    expect(pngSize(png.toString("base64"))).toEqual([760, 620]);
    await page.close();
  });

  it("downloads the term report, the resolution and a school-year report as Node builds them", {
    timeout: 300_000,
  }, async () => {
    const { page, grids } = await open("makeDraft");
    const analysis = analyse(grids.grids);
    const year = analysis.workbook.schoolYears[1]!;
    const cases = [
      { kind: "bao-cao-nhiem-ky", options: {}, name: "Dự thảo báo cáo" },
      { kind: "nghi-quyet", options: { kind: "nghi-quyet" }, name: "Dự thảo nghị quyết" },
      {
        kind: "nam-hoc",
        options: { kind: "nam-hoc", schoolYear: year },
        name: `Dự thảo báo cáo năm học ${year}`,
      },
    ] as const;
    for (const c of cases) {
      await page.selectOption("select[name=kind]", c.kind);
      if (c.kind === "nam-hoc") {
        expect(await page.isVisible("select[name=year]")).toBe(true);
        await page.selectOption("select[name=year]", year);
      }
      const file = await download(page, 'button[data-action="draft-docx"]');
      const unit = SAMPLE.info.unitName!;
      expect(file.name).toMatch(new RegExp(`^${c.name} - ${unit} - \\d{4}-\\d{2}-\\d{2}\\.docx$`));
      const draft = buildDraft(analysis, c.options);
      const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
      expectSameParts(
        await bytesParts(file.bytes),
        await bytesParts(await draftDocxBytes(draft, images)),
      );
      // The same file again, as a link to save by hand if the download was refused.
      const href = await page.getAttribute("a.fallback", "href");
      expect(href).toMatch(/^data:application\/vnd\.openxmlformats[^;]*;base64,/);
      expect(Buffer.from(href!.split(",")[1]!, "base64")).toEqual(file.bytes);
      expect(await page.getAttribute("a.fallback", "download")).toBe(file.name);
      if (pythonDocx().available) {
        const read = readDocx(file.bytes, scratch);
        expect(read.texts).toContain(draft.title);
        expect(read.shapes).toBe(draft.images.length);
      }
    }
    expect(browser.errors).toEqual([]);
    await page.close();
  });

  it("downloads the archive as Node writes it, and it opens in openpyxl", {
    timeout: 300_000,
  }, async () => {
    const { world, page, grids } = await open("exportArchive");
    expect(await page.$$("select[name=kind]")).toEqual([]);
    const file = await download(page, 'button[data-action="archive-xlsx"]');
    expect(file.name).toMatch(/^Lưu trữ tổng kết - .+ - \d{4}-\d{2}-\d{2}\.xlsx$/);
    const analysis = analyse(grids.grids);
    const plan = archivePlan(grids.grids, analysis, {
      madeAt: new Date(),
      source: ARCHIVE.sourceSheet(world.ss._name, world.ss._id),
      version: VERSION,
    });
    expectSameParts(
      await bytesParts(file.bytes),
      await bytesParts(await archiveBytes(plan, { created: new Date() })),
    );
    if (openpyxl().available) {
      const read = readXlsxWithOpenpyxl(file.bytes, scratch);
      expect(read.sheets).toEqual(plan.sheets.map((s) => s.name));
      expect(read.title).toContain(SAMPLE.info.unitName);
    }
    // The fallback: the same archive (built again, so only its timestamps differ) saved to
    // Drive as an XLSX file.
    await page.click('button[data-action="archive-drive"]');
    expect(await waitForText(page, ".result a.saved")).toBe(file.name);
    expectSameParts(
      await bytesParts(world.drive._files[0]!.blob._bytes),
      await bytesParts(file.bytes),
    );
    await page.close();
  });

  it("makes a Google Doc: the DOCX to Drive, converted, its link shown", {
    timeout: 300_000,
  }, async () => {
    const { world, page, grids, calls } = await open("makeGoogleDoc");
    const first = await page.getAttribute(".buttons button:first-child", "data-action");
    expect(first).toBe("google-doc");
    await page.click('button[data-action="google-doc"]');
    const name = await waitForText(page, ".result a.saved");
    expect(calls).toEqual(["saveToDrive"]);
    expect(world.drive._files).toHaveLength(1);
    const saved = world.drive._files[0]!;
    expect(saved.mimeType).toBe("application/vnd.google-apps.document");
    expect(saved.name).toBe(name);
    expect(saved.name).toMatch(
      new RegExp(`^Dự thảo báo cáo - ${SAMPLE.info.unitName} - \\d{4}-\\d{2}-\\d{2}$`),
    );
    expect(await page.getAttribute(".result a.saved", "href")).toBe(
      "https://docs.google.com/document/d/fake-file-1/edit",
    );
    const draft = buildDraft(analyse(grids.grids));
    if (pythonDocx().available) {
      expect(readDocx(saved.blob._bytes, scratch).texts).toContain(draft.title);
    }
    // Drive refuses: a plain Vietnamese message, and the download still works.
    world.drive._fail = "User rate limit exceeded";
    await page.click('button[data-action="google-doc"]');
    expect(await waitForText(page, ".failure")).toBe(
      // Drive's English is said in Vietnamese (src/addon/errors.ts).
      DIALOG.docFailed(ADDON.driveFailed(ADDON.errorQuota)),
    );
    const file = await download(page, 'button[data-action="draft-docx"]');
    expect(file.name).toMatch(/\.docx$/);
    expect(await page.textContent(".failure")).toBe("");
    await page.close();
  });

  it("says so when it was opened without the sheet's data", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(root, "dist/addon/dialog.html")).href);
    expect(await waitForText(page, ".failure")).toBe(DIALOG.noData);
    await page.close();
  });
});
