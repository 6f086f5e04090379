/**
 * Reading XLSX: a 50 000-indicator workbook (the sample template with its indicators
 * repeated, written by the template writer) read by the reader the commands use (fflate +
 * saxes), by exceljs's in-memory `load` (the reading before, kept in test/support as the
 * reference) and by exceljs's streaming `WorkbookReader` (the reference the goal names).
 * Each read in its own process, so each peak RSS is its own; ratios are to the in-memory load.
 * Goal: ≤ 0.65× the time and ≤ 0.5× the peak RSS of the in-memory load.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { templateWorkbook } from "../../src/writers/index.js";
import { benchCache, bundleChild } from "./support/child.js";
import { bigWorkbook } from "./support/workbooks.js";

export const READ_ROWS = 50_000;

interface Read {
  mode: string;
  ms: number;
  cells: number;
  peakRssMb: number;
}

/** The bench's input workbook, written once and kept in the cache folder. */
export async function benchWorkbook(rows: number): Promise<string> {
  const file = join(benchCache(), `input-${rows}.xlsx`);
  if (!existsSync(file)) await templateWorkbook(bigWorkbook(rows)).xlsx.writeFile(file);
  return file;
}

export async function run(): Promise<string> {
  const child = await bundleChild("read-child");
  const file = await benchWorkbook(READ_ROWS);
  const reads: Read[] = [];
  for (const mode of ["old", "new", "stream"]) {
    const out = execFileSync(process.execPath, [child, mode, file], { encoding: "utf8" });
    reads.push(JSON.parse(out.trim()) as Read);
  }
  const base = reads[0]!;
  const label: Record<string, string> = {
    old: "exceljs `xlsx.load` (before)",
    new: "fflate + saxes (now)",
    stream: "exceljs streaming `WorkbookReader`",
  };
  const lines = [
    `### Reading XLSX (\`npm run bench -- read\`): ${READ_ROWS.toLocaleString("en-US")} indicators`,
    "",
    "| reader | time (s) | peak RSS (MB) | cells | time × | RSS × |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of reads) {
    lines.push(
      `| ${label[r.mode]} | ${(r.ms / 1000).toFixed(2)} | ${r.peakRssMb.toFixed(0)} | ${r.cells} | ${(r.ms / base.ms).toFixed(2)} | ${(r.peakRssMb / base.peakRssMb).toFixed(2)} |`,
    );
  }
  return lines.join("\n");
}
