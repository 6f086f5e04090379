/**
 * The browser shell: the size of the offline page and of the add-on's dialog (alone, and with
 * the grids the add-on puts in it at 43, 1 000 and 10 000 indicator rows), and the time to
 * build the sample's DOCX draft in headless Chromium (Debian's, via playwright-core): from
 * the click on "Tải dự thảo (Word)" until the page says the file is made, median of 5.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { templateGrids } from "../../src/core/workbook/template.js";
import { FakeSpreadsheet } from "../../test/addon/fakes/spreadsheet.js";
import { load } from "../../test/addon/harness.js";
import { launch } from "../../test/support/browser.js";
import { CHROMIUM } from "../../test/support/external.js";
import { scaledSample } from "./addon.js";

const root = join(import.meta.dirname, "../..");
const PAGE = join(root, "dist/web/tongket.html");
const DIALOG = join(root, "dist/addon/dialog.html");
const SAMPLE_FILE = join(root, "sheets-templates/sample.xlsx");
const RUNS = 5;

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The dialog's HTML as the add-on opens it for a sheet of `n` indicator rows. */
async function dialogBytes(n: number): Promise<number> {
  const world = await load(FakeSpreadsheet.fromGrids(templateGrids(scaledSample(n))));
  world.call("makeDraft");
  return Buffer.byteLength(world.ui._dialogs[0]!.html.getContent());
}

/** Milliseconds from a click on the draft button to "Đã tạo …". */
async function timeDraft(page: Page): Promise<number> {
  await page.evaluate(() => {
    const status = document.querySelector(".status");
    if (status) status.textContent = "";
  });
  const t = performance.now();
  await Promise.all([
    page.waitForEvent("download"),
    page.click('button[data-action="draft-docx"]'),
  ]);
  await page.waitForFunction(() =>
    document.querySelector(".status")?.textContent?.startsWith("Đã tạo"),
  );
  return performance.now() - t;
}

/** For each run a fresh page: the first click (cold: fonts, compiled code) and a second one. */
export async function draftTimes(runs = RUNS): Promise<{ first: number[]; again: number[] }> {
  const browser = await launch();
  const first: number[] = [];
  const again: number[] = [];
  try {
    for (let k = 0; k < runs; k++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(PAGE).href);
      await page.setInputFiles("input[type=file]", SAMPLE_FILE);
      await page.waitForFunction(() =>
        document.querySelector(".status")?.textContent?.startsWith("Đã đọc"),
      );
      first.push(await timeDraft(page));
      again.push(await timeDraft(page));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return { first, again };
}

export async function run(): Promise<string> {
  if (!existsSync(PAGE)) throw new Error("run npm run build first");
  const page = statSync(PAGE).size;
  const dialog = statSync(DIALOG).size;
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const sizes: string[] = [];
  for (const n of [43, 1_000, 10_000]) {
    sizes.push(
      `| dialog opened on ${n.toLocaleString("en")} indicator rows | ${kib(await dialogBytes(n))} |`,
    );
  }
  const lines = [
    "## Browser shell",
    "",
    "| file | size |",
    "| --- | ---: |",
    `| dist/web/tongket.html (offline page) | ${kib(page)} (${kib(gz(PAGE))} gzipped) |`,
    `| dist/addon/dialog.html (add-on dialog, no data) | ${kib(dialog)} (${kib(gz(DIALOG))} gzipped) |`,
    ...sizes,
  ];
  if (!existsSync(CHROMIUM))
    return [...lines, "", `(no ${CHROMIUM}: draft time not measured)`].join("\n");
  const { first, again } = await draftTimes();
  const ms = (n: number) => `${Math.round(n)} ms`;
  const row = (label: string, xs: number[]) =>
    `| ${label} | ${xs.length} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(Math.max(...xs))} |`;
  return [
    ...lines,
    "",
    "| sample's DOCX draft in headless Chromium (click → file made) | runs | median | min | max |",
    "| --- | ---: | ---: | ---: | ---: |",
    row("first click on a freshly opened page", first),
    row("second click on the same page", again),
  ].join("\n");
}
