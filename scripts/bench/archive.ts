/**
 * The archive writer against a plain exceljs streaming write of the same values (exceljs's
 * `WorkbookWriter`, shared strings, no styles) at 100 000 indicators (the Chỉ tiêu tab is
 * 100 001 rows × 20 columns), each in its own process, three times, alternately; the write
 * step only (both do the same analysis and plan first). Goal: ≤ 1.2× the plain write.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleChild } from "./support/child.js";

const ROWS = 100_000;

interface Write {
  writeMs: number;
  writeCpuMs: number;
  peakRssMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tongket-bench-archive-"));
  try {
    const child = await bundleChild("export-child");
    const runs: Record<string, (Write & { size: number })[]> = { plainstream: [], stream: [] };
    for (let k = 0; k < 3; k++) {
      for (const mode of ["plainstream", "stream"]) {
        const file = join(dir, `${mode}.xlsx`);
        const out = execFileSync(
          process.execPath,
          ["--max-old-space-size=8192", child, String(ROWS), mode, file],
          { encoding: "utf8", maxBuffer: 1 << 20 },
        );
        runs[mode]!.push({ ...(JSON.parse(out.trim()) as Write), size: statSync(file).size });
        rmSync(file);
      }
    }
    const base = runs.plainstream!;
    const m = (rs: Write[], f: (w: Write) => number) => median(rs.map(f));
    const lines = [
      `### Archive writer against a plain exceljs streaming write (\`npm run bench -- archive\`): ${ROWS.toLocaleString("en-US")} indicators`,
      "",
      "| writer | write wall (s, median of 3) | write CPU (s) | peak RSS (MB) | file (MB) | wall × | CPU × |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const [mode, label] of [
      ["plainstream", "plain exceljs `WorkbookWriter`, no styles"],
      ["stream", "archive writer (styles, widths, print set-up)"],
    ] as const) {
      const rs = runs[mode]!;
      lines.push(
        `| ${label} | ${(m(rs, (w) => w.writeMs) / 1000).toFixed(2)} | ${(m(rs, (w) => w.writeCpuMs) / 1000).toFixed(2)} | ${m(rs, (w) => w.peakRssMb).toFixed(0)} | ${(rs[0]!.size / 1e6).toFixed(1)} | ${(m(rs, (w) => w.writeMs) / m(base, (w) => w.writeMs)).toFixed(2)} | ${(m(rs, (w) => w.writeCpuMs) / m(base, (w) => w.writeCpuMs)).toFixed(2)} |`,
      );
    }
    return lines.join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
