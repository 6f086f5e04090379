/**
 * The roll-up (`npm run bench -- tong-hop`): 10, 100 and 1 000 distinct school workbooks of
 * 50 indicators × 5 school years (plus awards, funding and membership lines), rolled up by
 * `tongket tong-hop` in a child process each; time and peak RSS per count. Goal: time per
 * workbook not growing with the count, peak RSS at 1 000 within ~1.2× of at 100.
 *
 * Every workbook is its own school (./support/schools.ts: seeded names, figures, tallies; one
 * school in ten with its own codes, matched by label). They are written once into the bench
 * cache as bare XLSX files (./support/lean-xlsx.ts: the template writer would take ~8 minutes
 * for 1 000); the reader gives them the same records as the template writer's files.
 * A second child reads the same files into the accumulator alone and reports the heap held
 * per school after a full GC (`node --expose-gc`). Each count is rolled up twice: with Node's
 * default heap sizing, and with `--optimize-for-size`, which keeps V8's heap near its live
 * size (by default a long run lets it grow to several times that). TONGKET_BENCH_COUNTS="10,100"
 * measures other counts.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { link, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templateGrids } from "../../src/core/index.js";
import { benchCache, bundleChild } from "./support/child.js";
import { leanXlsx } from "./support/lean-xlsx.js";
import { benchSchool } from "./support/schools.js";

const INDICATORS = 50;

interface Run {
  count: number;
  /** Node's flags of the roll-up's process ("" for none). */
  flags: string;
  code: number;
  ms: number;
  startRssMb: number;
  peakRssMb: number;
  outMb: number;
  /** Heap held per school after a full GC (the reading alone, in another process). */
  heldKb: number;
}

/** The first `count` bench schools as XLSX files in the cache (written once). */
async function distinctWorkbooks(count: number): Promise<string[]> {
  const dir = join(benchCache(), `tong-hop-distinct-${INDICATORS}`);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = join(dir, `don-vi-${String(n + 1).padStart(4, "0")}.xlsx`);
    if (!existsSync(file))
      await writeFile(file, leanXlsx(templateGrids(benchSchool(n, INDICATORS))));
    files.push(file);
  }
  return files;
}

/** The V8 flag that keeps the heap near its live size (see docs/PERFORMANCE.md). */
const SMALL_HEAP = "--optimize-for-size";

async function rollUp(child: string, count: number): Promise<Run[]> {
  const sources = await distinctWorkbooks(count);
  const dir = await mkdtemp(join(tmpdir(), `tongket-bench-tong-hop-${count}-`));
  try {
    for (const s of sources) await link(s, join(dir, s.slice(s.lastIndexOf("/") + 1)));
    const out = join(dir, "ket-qua", "tong-hop.xlsx");
    const json = (args: string[]) =>
      JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }).trim());
    const runs: Run[] = [];
    const held = json(["--expose-gc", child, "records", dir]) as { perSchoolKb: number };
    for (const flags of ["", SMALL_HEAP]) {
      const args = [...(flags ? [flags] : []), child, "tong-hop", dir, out];
      const got = json(args) as Omit<Run, "count" | "flags" | "outMb" | "heldKb">;
      const outMb = (await stat(out)).size / 2 ** 20;
      await rm(join(dir, "ket-qua"), { recursive: true, force: true });
      runs.push({ ...got, count, flags, outMb, heldKb: held.perSchoolKb });
    }
    return runs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function table(runs: readonly Run[]): string[] {
  const first = runs[0]!;
  const perFile = (r: Run) => r.ms / r.count;
  const lines = [
    "| workbooks | node flags | time (s) | per workbook (ms) | peak RSS (MB) | RSS at start (MB) | heap held per school (KB) | roll-up file (MB) | per-workbook time × | peak RSS × |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.count} | ${r.flags ? `\`${r.flags}\`` : "none"} | ${(r.ms / 1000).toFixed(1)} | ${perFile(r).toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.startRssMb.toFixed(0)} | ${r.heldKb.toFixed(1)} | ${r.outMb.toFixed(1)} | ${(perFile(r) / perFile(first)).toFixed(2)} | ${(r.peakRssMb / first.peakRssMb).toFixed(2)} |`,
    );
  }
  const last = runs.at(-1)!;
  const before = runs.at(-2) ?? first;
  lines.push(
    "",
    `${r0(last.flags)}: ${last.count} vs ${before.count} workbooks: time per workbook ×${(perFile(last) / perFile(before)).toFixed(2)}, peak RSS ×${(last.peakRssMb / before.peakRssMb).toFixed(2)} (${(last.peakRssMb - before.peakRssMb).toFixed(0)} MB more).`,
  );
  return lines;
}

const r0 = (flags: string) => (flags ? `With \`${flags}\`` : "Default heap");

export async function run(): Promise<string> {
  const counts = (process.env.TONGKET_BENCH_COUNTS ?? "10,100,1000").split(",").map(Number);
  const child = await bundleChild("tong-hop-child");
  const runs: Run[] = [];
  for (const count of counts) runs.push(...(await rollUp(child, count)));
  return [
    `### Roll-up (\`npm run bench -- tong-hop\`): ${INDICATORS} indicators × 5 school years per workbook, distinct workbooks`,
    "",
    ...table(runs.filter((r) => r.flags === "")),
    "",
    ...table(runs.filter((r) => r.flags === SMALL_HEAP)),
  ].join("\n");
}
