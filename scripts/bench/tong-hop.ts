/**
 * The roll-up (`npm run bench -- tong-hop`): 10, 100 and 1 000 school workbooks of 50
 * indicators × 5 school years (plus awards, funding and membership lines) in a temporary
 * directory, rolled up by `tongket tong-hop` in a child process each; time and peak RSS per
 * count. Goal: time per workbook and peak RSS flat as the count grows (the workbooks are read
 * one at a time and each is dropped once reduced to its school's record).
 *
 * Writing 1 000 distinct workbooks with the template writer takes longer than rolling them up,
 * so 50 distinct ones are written (once, into the bench cache) and copied under 1 000 names;
 * every copy is read, parsed and reduced like any other file. TONGKET_BENCH_COUNTS="10,100"
 * measures other counts.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templateBytes } from "../../src/writers/index.js";
import { benchCache, bundleChild } from "./support/child.js";
import { benchSchool } from "./support/schools.js";

const DISTINCT = 50;
const INDICATORS = 50;

interface Run {
  count: number;
  code: number;
  ms: number;
  startRssMb: number;
  peakRssMb: number;
  outMb: number;
  /** Heap held per school record after a full GC (the reading alone, in another process). */
  recordKb: number;
}

async function distinctWorkbooks(): Promise<string[]> {
  const dir = join(benchCache(), `tong-hop-${INDICATORS}`);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (let n = 0; n < DISTINCT; n++) {
    const file = join(dir, `truong-${n + 1}.xlsx`);
    if (!existsSync(file)) await writeFile(file, await templateBytes(benchSchool(n, INDICATORS)));
    files.push(file);
  }
  return files;
}

async function rollUp(child: string, sources: string[], count: number): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), `tongket-bench-tong-hop-${count}-`));
  try {
    for (let k = 0; k < count; k++) {
      await copyFile(
        sources[k % sources.length]!,
        join(dir, `don-vi-${String(k + 1).padStart(4, "0")}.xlsx`),
      );
    }
    const out = join(dir, "ket-qua", "tong-hop.xlsx");
    const json = (args: string[]) =>
      JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8" }).trim());
    const got = json([child, "tong-hop", dir, out]) as Omit<Run, "count" | "outMb" | "recordKb">;
    const outMb = (await stat(out)).size / 2 ** 20;
    await rm(join(dir, "ket-qua"), { recursive: true, force: true });
    const records = json(["--expose-gc", child, "records", dir]) as { perSchoolKb: number };
    return { ...got, count, outMb, recordKb: records.perSchoolKb };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const counts = (process.env.TONGKET_BENCH_COUNTS ?? "10,100,1000").split(",").map(Number);
  const child = await bundleChild("tong-hop-child");
  const sources = await distinctWorkbooks();
  const runs: Run[] = [];
  for (const count of counts) runs.push(await rollUp(child, sources, count));
  const first = runs[0]!;
  const perFile = (r: Run) => r.ms / r.count;
  const lines = [
    `### Roll-up (\`npm run bench -- tong-hop\`): ${INDICATORS} indicators × 5 school years per workbook`,
    "",
    "| workbooks | time (s) | per workbook (ms) | peak RSS (MB) | RSS at start (MB) | heap per record (KB) | roll-up file (MB) | per-workbook time × | peak RSS × |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.count} | ${(r.ms / 1000).toFixed(1)} | ${perFile(r).toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.startRssMb.toFixed(0)} | ${r.recordKb.toFixed(0)} | ${r.outMb.toFixed(1)} | ${(perFile(r) / perFile(first)).toFixed(2)} | ${(r.peakRssMb / first.peakRssMb).toFixed(2)} |`,
    );
  }
  const last = runs.at(-1)!;
  lines.push(
    "",
    `${last.count} vs ${first.count} workbooks: time per workbook ×${(perFile(last) / perFile(first)).toFixed(2)}, peak RSS +${(last.peakRssMb - first.peakRssMb).toFixed(0)} MB (×${(last.peakRssMb / first.peakRssMb).toFixed(2)}), ${(((last.peakRssMb - first.peakRssMb) * 1024) / (last.count - first.count)).toFixed(0)} KB per added workbook.`,
  );
  return lines.join("\n");
}
