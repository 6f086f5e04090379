/**
 * Debian's Chromium driven by playwright-core for the browser tests: headless, no network
 * services of its own, a fresh profile each launch. Pages are loaded from file:// and any
 * request that is not a local file is recorded and refused, so a test can show the page
 * needs no network.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, type Page, chromium as playwright } from "playwright-core";
import { CHROMIUM } from "./external.js";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Browser {
  readonly context: BrowserContext;
  /** URLs the pages asked for that were not local files (all refused). */
  readonly outside: string[];
  /** Errors thrown in pages, and console errors. */
  readonly errors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "tongket-chromium-"));
  const context = await playwright.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1200, height: 900 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route(
    (url) => url.protocol !== "file:" && url.protocol !== "data:" && url.protocol !== "blob:",
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  return {
    context,
    outside,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Clicks a button and returns the file the page offers: its name and bytes. */
export async function download(
  page: Page,
  selector: string,
): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.click(selector),
  ]);
  const stream = await dl.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), bytes: Buffer.concat(chunks) };
}
