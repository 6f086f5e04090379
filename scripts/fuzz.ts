/**
 * `npm run fuzz -- [COUNT] [FIRST_SEED]`: COUNT random workbooks (default 2000) through check,
 * check --json, export, draft .docx and draft .md, every archive and DOCX read back by
 * openpyxl and python-docx in batches. Prints the figures; exits 1 on any finding (an
 * unhandled error, an unreadable output, a non-finite number in any output).
 * Not part of `npm test` (it takes many minutes); test/cli/random-workbooks.test.ts runs a
 * seeded few dozen of the same.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fuzz } from "../test/support/fuzz-run.js";

const count = Number(process.argv[2] ?? 2000);
const first = Number(process.argv[3] ?? 1);
const dir = await mkdtemp(join(tmpdir(), "tongket-fuzz-"));
let unhandled = 0;
process.on("unhandledRejection", (e) => {
  unhandled++;
  process.stderr.write(`unhandled rejection: ${String(e)}\n`);
});
const started = Date.now();
const seeds = Array.from({ length: count }, (_, i) => first + i);
let reported = 0;
const figures = await fuzz(seeds, dir, (done, findings) => {
  for (const f of findings.slice(reported)) process.stderr.write(`seed ${f.seed}: ${f.what}\n`);
  reported = findings.length;
  if (done % 50 === 0)
    process.stderr.write(`${done}/${count}, ${Math.round((Date.now() - started) / 1000)} s\n`);
});
await rm(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify(
    {
      ...figures,
      unhandledRejections: unhandled,
      seconds: Math.round((Date.now() - started) / 1000),
    },
    null,
    2,
  )}\n`,
);
process.exitCode = figures.findings.length + unhandled > 0 ? 1 : 0;
