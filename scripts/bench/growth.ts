/**
 * Growth of the whole process from 50 to 50 000 indicators: `tongket check`, `export`,
 * `draft` to DOCX and `draft` to Markdown of the template writer's workbook of N indicators
 * (the sample's repeated), each a fresh process of the built command line (`npm run build`
 * first). Wall and CPU seconds and peak RSS from /usr/bin/time; per indicator at the margin
 * between sizes, to show whether the growth is linear and where a knee is.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchWorkbook } from "./read.js";

const SIZES = [50, 500, 5_000, 50_000];
const TIME = "/usr/bin/time";

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
}

function once(args: string[]): Run {
  const r = spawnSync(TIME, ["-f", "@@%e %U %S %M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m || (r.status !== 0 && r.status !== 1)) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  return { wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024 };
}

export async function run(): Promise<string> {
  if (!existsSync(TIME)) return "### Growth: skipped (no /usr/bin/time)";
  const dir = mkdtempSync(join(tmpdir(), "tongket-bench-growth-"));
  const bin = "bin/tongket.js";
  const commands: [string, (input: string) => string[]][] = [
    ["check", (i) => [bin, "check", i]],
    ["export", (i) => [bin, "export", i, "-o", join(dir, "a.xlsx"), "--force"]],
    ["draft → DOCX", (i) => [bin, "draft", i, "-o", join(dir, "d.docx"), "--force"]],
    ["draft → Markdown", (i) => [bin, "draft", i, "-o", join(dir, "d.md"), "--force"]],
  ];
  try {
    const results: Run[][] = commands.map(() => []);
    for (const n of SIZES) {
      const input = await benchWorkbook(n);
      for (const [i, [, args]] of commands.entries()) results[i]!.push(once(args(input)));
    }
    const lines = [
      "### Growth, 50 → 50 000 indicators (`npm run bench -- growth`)",
      "",
      `| command | ${SIZES.map((n) => `${n.toLocaleString("en-US")}: CPU s / wall s / RSS MB`).join(" | ")} | CPU ms per indicator, marginal: ${SIZES.slice(
        1,
      )
        .map((n, k) => `${SIZES[k]!.toLocaleString("en-US")}→${n.toLocaleString("en-US")}`)
        .join(", ")} |`,
      `| --- | ${SIZES.map(() => "---:").join(" | ")} | ---: |`,
    ];
    commands.forEach(([label], i) => {
      const rs = results[i]!;
      const cells = rs.map(
        (r) => `${r.cpu.toFixed(2)} / ${r.wall.toFixed(1)} / ${r.rssMb.toFixed(0)}`,
      );
      const slopes = rs
        .slice(1)
        .map((r, k) => ((r.cpu - rs[k]!.cpu) * 1000) / (SIZES[k + 1]! - SIZES[k]!))
        .map((x) => x.toFixed(3));
      lines.push(`| ${label} | ${cells.join(" | ")} | ${slopes.join(", ")} |`);
    });
    return lines.join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
