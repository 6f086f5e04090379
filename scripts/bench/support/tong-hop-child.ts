/**
 * One roll-up, run in a process of its own so its peak RSS is its own.
 * `tong-hop DIR OUT`: the real command (`tongket tong-hop DIR -o OUT --force`), timed, then
 * the process's peak RSS. `records DIR` (node --expose-gc): every workbook of DIR read into
 * the accumulator with the command's temporary-file store (a small buffer), then the heap held per school
 * after a full GC (measured from the tenth school on, past the core's one-off caches).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { TempFileStore } from "../../../src/cli/io/rollup-spill.js";
import { readXlsx } from "../../../src/cli/io/xlsx-read.js";
import { run } from "../../../src/cli/main.js";
import { RollupAccumulator } from "../../../src/core/index.js";

const [mode, dir, out] = process.argv.slice(2) as [string, string, string];

async function rollUp(): Promise<object> {
  const startRssMb = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const code = await run(["tong-hop", dir, "-o", out, "--force"], {
    out: () => {},
    err: (l) => process.stderr.write(`${l}\n`),
  });
  const ms = performance.now() - t0;
  // maxRSS is in kilobytes.
  return { code, ms, startRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function records(): Promise<object> {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  // A small buffer, so that what is measured is what the roll-up holds per school, not how
  // full the store's buffer happens to be (up to ~2 MB with the command's default).
  const store = new TempFileStore(50_000);
  const acc = new RollupAccumulator(store);
  const warm = Math.min(10, files.length - 1);
  let before = 0;
  for (const [k, f] of files.entries()) {
    if (k === warm) {
      gc();
      before = process.memoryUsage().heapUsed;
    }
    acc.addWorkbook(f, await readXlsx(join(dir, f)));
  }
  gc();
  const perSchoolKb = (process.memoryUsage().heapUsed - before) / (files.length - warm) / 1024;
  const schools = acc.result().schools.length;
  store.close();
  return { schools, perSchoolKb };
}

const result = mode === "records" ? await records() : await rollUp();
process.stdout.write(`${JSON.stringify(result)}\n`);
