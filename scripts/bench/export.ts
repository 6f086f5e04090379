/**
 * Archive export at 1 000, 10 000 and 100 000 indicator rows: the export's streaming writer
 * against a plain in-memory exceljs write of the same values, each case in its own child
 * process (built once with esbuild, run with plain node) so peak memory is measured honestly.
 * Goal at 100 000 rows: at most 1.0× the time and 0.5× the peak memory of the in-memory write.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleChild } from "./support/child.js";

interface Case {
  rows: number;
  mode: string;
  prepareMs: number;
  writeMs: number;
  totalMs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const SIZES = [1_000, 10_000, 100_000];

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tongket-bench-export-"));
  try {
    const child = await bundleChild("export-child");
    const lines = [
      "| indicator rows | writer | prepare (s) | write (s) | total (s) | peak RSS (MB) | peak heap (MB) | file (MB) | time × | RSS × |",
      "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ];
    for (const rows of SIZES) {
      const results: Record<string, Case & { size: number }> = {};
      for (const mode of ["memory", "stream"]) {
        const file = join(dir, `${mode}-${rows}.xlsx`);
        const out = execFileSync(
          process.execPath,
          ["--max-old-space-size=12288", child, String(rows), mode, file],
          {
            cwd: process.cwd(),
            encoding: "utf8",
            maxBuffer: 1 << 20,
          },
        );
        results[mode] = { ...(JSON.parse(out.trim()) as Case), size: statSync(file).size };
        rmSync(file);
      }
      const base = results.memory!;
      for (const mode of ["memory", "stream"]) {
        const r = results[mode]!;
        const f = (n: number, d = 2) => n.toFixed(d);
        lines.push(
          `| ${rows.toLocaleString("en-US")} | ${mode === "stream" ? "streaming (export)" : "in-memory (plain)"} | ${f(r.prepareMs / 1000)} | ${f(r.writeMs / 1000)} | ${f(r.totalMs / 1000)} | ${f(r.peakRssMb, 0)} | ${f(r.peakHeapMb, 0)} | ${f(r.size / 1e6, 1)} | ${f(r.totalMs / base.totalMs)} | ${f(r.peakRssMb / base.peakRssMb)} |`,
        );
      }
    }
    return `### Archive export (\`npm run bench -- export\`)\n\n${lines.join("\n")}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
