/**
 * Start-up of the built command line (`npm run build` first): `--version`, `--help`, `check`
 * and `draft` (DOCX) on the sample, against the floor `node -e "import('exceljs')"`, each a
 * fresh process, in rounds that alternate the cases so the machine's load falls on all
 * alike. Wall time, and CPU time (user + system, from /usr/bin/time when it is there), medians.
 * Goals: check ≤ 1.1× the floor, draft ≤ 1.6×, --version and --help ≤ 0.3×.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROUNDS = 9;
const TIME = "/usr/bin/time";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall and CPU seconds of one run of `node ...args` (CPU NaN without /usr/bin/time). */
function once(args: string[]): [number, number] {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed
    ? [TIME, ["-f", "@@%U %S", process.execPath, ...args]]
    : [process.execPath, args];
  const t = performance.now();
  const r = spawnSync(cmd, argv, { encoding: "utf8" });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")}: ${r.stderr}`);
  const m = /@@([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  return [wall, m ? Number(m[1]) + Number(m[2]) : Number.NaN];
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "tongket-bench-start-"));
  const bin = "bin/tongket.js";
  const cases: [string, string[]][] = [
    ["floor: `node -e \"import('exceljs')\"`", ["-e", "await import('exceljs')"]],
    // Node's own start, the lower bound of every row below.
    ["`node -e 0`", ["-e", "0"]],
    ["`tongket --version`", [bin, "--version"]],
    ["`tongket --help`", [bin, "--help"]],
    ["`tongket check` sample", [bin, "check", "sheets-templates/sample.xlsx"]],
    [
      "`tongket draft` sample → DOCX",
      [bin, "draft", "sheets-templates/sample.xlsx", "-o", join(dir, "d.docx"), "--force"],
    ],
  ];
  try {
    for (const [, args] of cases) once(args); // warm the file cache
    const wall: number[][] = cases.map(() => []);
    const cpu: number[][] = cases.map(() => []);
    for (let k = 0; k < ROUNDS; k++) {
      cases.forEach(([, args], i) => {
        const [w, c] = once(args);
        wall[i]!.push(w);
        cpu[i]!.push(c);
      });
    }
    const [fw, fc] = [median(wall[0]!), median(cpu[0]!)];
    const lines = [
      `### Start-up (\`npm run bench -- startup\`), medians of ${ROUNDS} alternating rounds`,
      "",
      "| command | wall (s) | CPU (s) | wall × floor | CPU × floor |",
      "| --- | ---: | ---: | ---: | ---: |",
    ];
    cases.forEach(([label], i) => {
      const [w, c] = [median(wall[i]!), median(cpu[i]!)];
      lines.push(
        `| ${label} | ${w.toFixed(3)} | ${c.toFixed(2)} | ${(w / fw).toFixed(2)} | ${(c / fc).toFixed(2)} |`,
      );
    });
    return lines.join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
