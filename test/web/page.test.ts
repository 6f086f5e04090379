/// <reference lib="dom" />
/**
 * The offline page (dist/web/tongket.html) in Debian's Chromium, loaded from file:// with
 * every other request refused: a workbook is picked, its problems and judgements shown, each
 * file downloaded and read back by openpyxl / python-docx, and the browser's draft and archive
 * compared part by part with the ones Node writes from the same workbook (only timestamps may
 * differ; the charts are drawn by a canvas instead of resvg, so their PNGs are compared by
 * size). Bad files get the command line's message and the page keeps working.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesParts } from "../../scripts/same-outputs.mjs";
import { writeArchive } from "../../src/cli/io/archive-write.js";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import {
  ARCHIVE,
  analyse,
  archivePlan,
  buildDraft,
  RollupAccumulator,
  rollupDraft,
  rollupPlan,
  SAMPLE,
} from "../../src/core/index.js";
import {
  archiveBytes,
  chartFileName,
  draftDocxBytes,
  draftMarkdown,
  safeSheetNames,
  templateWorkbook,
  WRITER_TEXT,
} from "../../src/writers/index.js";
import { type Browser, download, launch } from "../support/browser.js";
import { chromium, openpyxl, pythonDocx } from "../support/external.js";
import { expectSameParts, pngSize, readDocx, readXlsxWithOpenpyxl } from "../support/parts.js";
import { googleLikeXlsx } from "../support/xlsx-fixtures.js";

const root = join(import.meta.dirname, "../..");
const PAGE = join(root, "dist/web/tongket.html");
const SAMPLE_FILE = join(root, "sheets-templates/sample.xlsx");
const BLANK_FILE = join(root, "sheets-templates/blank.xlsx");
const VERSION = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;
export const SCREENSHOT = join(root, "out/web/trang-mau.png");

const browserTool = chromium();
const scratch = mkdtempSync(join(tmpdir(), "tongket-web-"));
let browser: Browser;
let page: Page;

/** Picks a file in the page's input and waits until the page has read it (or refused it). */
async function pick(p: Page, file: string | string[]): Promise<void> {
  await p.setInputFiles("input[type=file]", file);
  await p.waitForFunction(
    () => {
      const status = document.querySelector(".status")?.textContent ?? "";
      const failure = document.querySelector(".failure")?.textContent ?? "";
      return failure !== "" || status.startsWith("Đã đọc");
    },
    undefined,
    { timeout: 120_000 },
  );
}

async function texts(p: Page, selector: string): Promise<string[]> {
  return p.$$eval(selector, (els) => els.map((e) => e.textContent ?? ""));
}

describe.skipIf(!browserTool.available)(`the offline page ${browserTool.reason}`, () => {
  const files = new Map<string, { name: string; bytes: Buffer }>();

  beforeAll(async () => {
    if (!existsSync(PAGE)) {
      const { buildWeb } = await import("../../scripts/build-web.mjs");
      await buildWeb();
    }
    browser = await launch();
    page = await browser.newPage();
    await page.goto(pathToFileURL(PAGE).href);
    await pick(page, SAMPLE_FILE);
    for (const action of [
      "draft-docx",
      "draft-md",
      "archive-xlsx",
      "template-blank",
      "template-sample",
    ]) {
      files.set(action, await download(page, `button[data-action="${action}"]`));
    }
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("is one file with its script and style inline, asking for nothing outside it", () => {
    const html = readFileSync(PAGE, "utf8");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain("connect-src 'none'");
    expect(browser.outside).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it("shows the sample's problems with tab and cell, and one judgement row per indicator", async () => {
    const analysis = analyse(await readXlsx(SAMPLE_FILE));
    const rows = await page.$$eval("table.problems tbody tr", (trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)),
    );
    expect(rows).toEqual(
      analysis.problems.map((p) => [expect.any(String), p.tab, p.cell, p.message]),
    );
    expect(await texts(page, "table.judgements tbody tr td:first-child")).toEqual(
      analysis.evaluation.indicators.map((v) => v.indicator.code),
    );
    expect(await texts(page, "h1")).toEqual(["Tổng kết"]);
  });

  it("names the files with the unit and the date", () => {
    const unit = SAMPLE.info.unitName!;
    expect(files.get("draft-docx")!.name).toMatch(
      new RegExp(`^Dự thảo báo cáo - ${unit} - \\d{4}-\\d{2}-\\d{2}\\.docx$`),
    );
    expect(files.get("archive-xlsx")!.name).toMatch(
      new RegExp(`^Lưu trữ tổng kết - ${unit} - \\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    expect(files.get("draft-md")!.name).toMatch(/\.zip$/);
  });

  describe("builds the same files as Node", () => {
    it("the DOCX draft: every part equal, the charts PNGs of the same size", async () => {
      const draft = buildDraft(analyse(await readXlsx(SAMPLE_FILE)));
      const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
      const node = await bytesParts(await draftDocxBytes(draft, images));
      expectSameParts(await bytesParts(files.get("draft-docx")!.bytes), node);
    });

    it("the Markdown draft: the same text, and its charts beside it", async () => {
      const draft = buildDraft(analyse(await readXlsx(SAMPLE_FILE)));
      const zip = await JSZip.loadAsync(files.get("draft-md")!.bytes);
      const mdName = Object.keys(zip.files).find((n) => n.endsWith(".md"))!;
      const base = mdName.slice(0, -3);
      expect(await zip.file(mdName)!.async("string")).toBe(
        draftMarkdown(draft, (id) => chartFileName(base, id)),
      );
      for (const image of draft.images) {
        const png = await zip.file(chartFileName(base, image.id))!.async("base64");
        const node = renderPng(image);
        expect(pngSize(png)).toEqual([node.width, node.height]);
      }
    });

    it("the archive: every part equal but the timestamps", async () => {
      const grids = await readXlsx(SAMPLE_FILE);
      const plan = archivePlan(grids, analyse(grids), {
        madeAt: new Date(),
        source: ARCHIVE.sourceFile(basename(SAMPLE_FILE)),
        version: VERSION,
      });
      const file = join(scratch, "node-archive.xlsx");
      await writeArchive(file, plan);
      expectSameParts(
        await bytesParts(files.get("archive-xlsx")!.bytes),
        await bytesParts(readFileSync(file)),
      );
    });

    it("the draft of the kind and school year chosen, as the CLI's --kind and --nam-hoc give it", {
      timeout: 300_000,
    }, async () => {
      const analysis = analyse(await readXlsx(SAMPLE_FILE));
      const years = analysis.workbook.schoolYears;
      expect(await page.$$eval("select[name=kind] option", (o) => o.length)).toBe(4);
      expect(await page.isVisible("select[name=year]")).toBe(false);
      await page.selectOption("select[name=kind]", "nghi-quyet");
      const resolution = await download(page, 'button[data-action="draft-docx"]');
      expect(resolution.name).toMatch(/^Dự thảo nghị quyết - /);
      const draft = buildDraft(analysis, { kind: "nghi-quyet" });
      const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
      expectSameParts(
        await bytesParts(resolution.bytes),
        await bytesParts(await draftDocxBytes(draft, images)),
      );
      // A school year other than the last: the year select is shown and its choice is used.
      await page.selectOption("select[name=kind]", "nam-hoc");
      expect(await page.isVisible("select[name=year]")).toBe(true);
      expect(
        await page.$$eval("select[name=year] option", (o) => o.map((x) => x.textContent)),
      ).toEqual(years);
      await page.selectOption("select[name=year]", years[0]!);
      const md = await download(page, 'button[data-action="draft-md"]');
      expect(md.name).toMatch(new RegExp(`^Dự thảo báo cáo năm học ${years[0]} - .*\\.zip$`));
      const zip = await JSZip.loadAsync(md.bytes);
      const mdName = Object.keys(zip.files).find((n) => n.endsWith(".md"))!;
      const yearDraft = buildDraft(analysis, { kind: "nam-hoc", schoolYear: years[0]! });
      expect(await zip.file(mdName)!.async("string")).toBe(
        draftMarkdown(yearDraft, (id) => chartFileName(mdName.slice(0, -3), id)),
      );
      await page.selectOption("select[name=kind]", "bao-cao-nhiem-ky");
    });

    it("the templates", async () => {
      for (const [action, data] of [
        ["template-blank", undefined],
        ["template-sample", SAMPLE],
      ] as const) {
        const node = new Uint8Array(await templateWorkbook(data).xlsx.writeBuffer());
        expectSameParts(await bytesParts(files.get(action)!.bytes), await bytesParts(node));
      }
    });
  });

  const py = openpyxl();
  it.skipIf(!py.available)(`the archive and templates open in openpyxl ${py.reason}`, async () => {
    const grids = await readXlsx(SAMPLE_FILE);
    const expected = archivePlan(grids, analyse(grids), {
      madeAt: new Date(),
      source: "",
      version: VERSION,
    }).sheets.map((s) => s.name);
    const read = (bytes: Buffer) => readXlsxWithOpenpyxl(bytes, scratch);
    const archive = read(files.get("archive-xlsx")!.bytes);
    expect(archive.sheets).toEqual(expected);
    expect(archive.title).toContain(SAMPLE.info.unitName);
    const sample = read(files.get("template-sample")!.bytes);
    expect(sample.sheets).toEqual((await readXlsx(SAMPLE_FILE)).map((g) => g.name));
  });

  const pd = pythonDocx();
  it.skipIf(!pd.available)(
    `the DOCX opens in python-docx with its charts ${pd.reason}`,
    async () => {
      const out = readDocx(files.get("draft-docx")!.bytes, scratch);
      const draft = buildDraft(analyse(await readXlsx(SAMPLE_FILE)));
      expect(out.texts).toContain(draft.title);
      expect(out.shapes).toBe(draft.images.length);
      expect(out.tables).toBeGreaterThan(2);
    },
  );

  describe("other workbooks and bad files", () => {
    /** A workbook as Excel users keep it: an extra tab of their own, the sample's figures. */
    async function withOwnTab(): Promise<string> {
      const wb = templateWorkbook(SAMPLE);
      wb.addWorksheet("Ghi chép riêng").addRow(["Việc", "Ai làm"]);
      const file = join(scratch, "co-trang-rieng.xlsx");
      await wb.xlsx.writeFile(file);
      return file;
    }

    /** A workbook as Google Sheets' "Download as .xlsx" writes it. */
    async function fromGoogle(): Promise<string> {
      const file = join(scratch, "tu-google.xlsx");
      writeFileSync(file, await googleLikeXlsx());
      return file;
    }

    it.each([
      ["the blank template", () => Promise.resolve(BLANK_FILE)],
      ["a workbook with a tab of its own", withOwnTab],
      ["a workbook downloaded from Google Sheets", fromGoogle],
    ])("reads %s and offers its files", { timeout: 300_000 }, async (_label, make) => {
      const file = await make();
      const p = await browser.newPage();
      await p.goto(pathToFileURL(PAGE).href);
      await pick(p, file);
      expect(await p.textContent(".failure")).toBe("");
      const analysis = analyse(await readXlsx(file));
      expect(await p.$$eval("table.judgements tbody tr", (r) => r.length)).toBe(
        analysis.evaluation.indicators.length,
      );
      const archive = await download(p, 'button[data-action="archive-xlsx"]');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(archive.bytes as unknown as ArrayBuffer);
      const names = wb.worksheets.map((w) => w.name);
      for (const g of await readXlsx(file)) expect(names).toContain(g.name);
      const draft = await download(p, 'button[data-action="draft-docx"]');
      expect((await JSZip.loadAsync(draft.bytes)).file("word/document.xml")).not.toBeNull();
      await p.close();
    });

    it("rolls up several workbooks picked at once as tong-hop does, listing the one it cannot read", {
      timeout: 300_000,
    }, async () => {
      const own = await withOwnTab();
      const text = join(scratch, "khong-phai-excel.xlsx");
      writeFileSync(text, "không phải Excel");
      const p = await browser.newPage();
      await p.goto(pathToFileURL(PAGE).href);
      await pick(p, [SAMPLE_FILE, own, text]);
      expect(await p.textContent(".failure")).toBe("");
      const rows = await p.$$eval("table.schools tbody tr", (trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)),
      );
      const acc = new RollupAccumulator();
      for (const f of [SAMPLE_FILE, own]) acc.addWorkbook(basename(f), await readXlsx(f));
      acc.addFailure(basename(text), WRITER_TEXT.notXlsx(basename(text)));
      const r = acc.result();
      expect(rows).toEqual([
        ...r.schools.map((x) => [x.file, x.name, String(x.errorCount), String(x.warningCount), ""]),
        [basename(text), "", "", "", WRITER_TEXT.notXlsx(basename(text))],
      ]);
      // The single-workbook downloads wait for one workbook.
      expect(await p.isDisabled('button[data-action="draft-docx"]')).toBe(true);
      const xlsx = await download(p, 'button[data-action="rollup-xlsx"]');
      expect(xlsx.name).toMatch(/^Tổng hợp các đơn vị - \d{4}-\d{2}-\d{2}\.xlsx$/);
      const plan = rollupPlan(r, { madeAt: new Date(), version: VERSION });
      expectSameParts(
        await bytesParts(xlsx.bytes),
        await bytesParts(await archiveBytes(plan, { created: new Date() })),
      );
      const docx = await download(p, 'button[data-action="rollup-docx"]');
      const draft = rollupDraft(r, new Date());
      const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
      expectSameParts(
        await bytesParts(docx.bytes),
        await bytesParts(await draftDocxBytes(draft, images)),
      );
      if (openpyxl().available) {
        // Names past Excel's 31 characters are cut by the writer, as in the command line's file.
        expect(readXlsxWithOpenpyxl(xlsx.bytes, scratch).sheets).toEqual(
          safeSheetNames(plan.sheets.map((x) => x.name)),
        );
      }
      // One workbook again: back to its own downloads, the roll-up's put away.
      await pick(p, SAMPLE_FILE);
      expect(await p.isDisabled('button[data-action="rollup-xlsx"]')).toBe(true);
      expect(await p.isDisabled('button[data-action="draft-docx"]')).toBe(false);
      await p.close();
    });

    it("refuses a text file, a corrupt workbook and a Word file with the CLI's message, and keeps working", {
      timeout: 300_000,
    }, async () => {
      const text = join(scratch, "ghi-chu.xlsx");
      writeFileSync(text, "không phải Excel");
      const corrupt = join(scratch, "hong.xlsx");
      writeFileSync(corrupt, readFileSync(SAMPLE_FILE).subarray(0, 3000));
      const word = join(scratch, "du-thao.docx");
      writeFileSync(word, files.get("draft-docx")!.bytes);
      const p = await browser.newPage();
      await p.goto(pathToFileURL(PAGE).href);
      for (const bad of [text, corrupt, word]) {
        await pick(p, bad);
        expect(await p.textContent(".failure")).toBe(WRITER_TEXT.notXlsx(basename(bad)));
      }
      // No file read yet: nothing to download.
      expect(await p.isDisabled('button[data-action="draft-docx"]')).toBe(true);
      await pick(p, SAMPLE_FILE);
      expect(await p.textContent(".failure")).toBe("");
      const again = await download(p, 'button[data-action="draft-md"]');
      expect(again.name).toMatch(/\.zip$/);
      // A bad file after a good one leaves the good one usable.
      await pick(p, word);
      expect(await p.isDisabled('button[data-action="archive-xlsx"]')).toBe(false);
      await p.close();
    });
  });

  it("takes a screenshot of the page on the sample (out/web/trang-mau.png)", async () => {
    mkdirSync(join(root, "out/web"), { recursive: true });
    const png = await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const [width, height] = pngSize(png.toString("base64"));
    expect(width).toBe(1200);
    // The judgement table of 43 indicators makes a long page.
    expect(height).toBeGreaterThan(1500);
  });
});
