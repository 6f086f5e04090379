/**
 * One roll-up, run in a process of its own so its peak RSS is its own.
 * `tong-hop DIR OUT`: the real command (`tongket tong-hop DIR -o OUT --force`), timed, then
 * the process's peak RSS. `records DIR` (node --expose-gc): every workbook of DIR read and
 * reduced to its school's record, then the heap the records hold, per school, after a full GC.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
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
  const acc = new RollupAccumulator();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const f of files) acc.addWorkbook(f, await readXlsx(join(dir, f)));
  gc();
  const perSchoolKb = (process.memoryUsage().heapUsed - before) / files.length / 1024;
  return { schools: acc.result().schools.length, perSchoolKb };
}

const result = mode === "records" ? await records() : await rollUp();
process.stdout.write(`${JSON.stringify(result)}\n`);
