/**
 * Growth of the whole process from 50 to 50 000 indicators: `tongket check`, `export`,
 * `draft` to DOCX and `draft` to Markdown of the template writer's workbook of N indicators
 * (the sample's repeated), each a fresh process of the built command line (`npm run build`
 * first). Wall and CPU seconds (user + system) and peak RSS from /usr/bin/time, in rounds
 * that alternate the commands, the run with the least CPU kept. What tells linear growth
 * is the cost per added indicator between sizes ("marginal"): flat for linear growth, rising
 * where there is a knee. `TONGKET_GROWTH_SIZES=50,500` and `TONGKET_GROWTH_ROUNDS=1` shorten it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchWorkbook } from "./read.js";

const SIZES = (process.env.TONGKET_GROWTH_SIZES ?? "50,500,5000,50000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const ROUNDS = Number(process.env.TONGKET_GROWTH_ROUNDS ?? 2);
const TIME = "/usr/bin/time";
/** A marginal cost this many times the one before it is a knee; below it, noise. */
export const KNEE = 1.5;
/**
 * How far apart two runs of the same process land on this shared machine (CPU s, RSS MB):
 * over an interval of few added indicators the marginal cost is no more precise than this
 * spread divided by them, so a knee is measured against at least that.
 */
const NOISE = { cpuS: 0.2, rssMb: 8 };

export interface Run {
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

/** Cost per added indicator between consecutive sizes (ms of CPU, KB of peak RSS). */
export function marginals(sizes: readonly number[], runs: readonly Run[]) {
  return runs.slice(1).map((r, k) => {
    const added = sizes[k + 1]! - sizes[k]!;
    return {
      cpuMs: ((r.cpu - runs[k]!.cpu) * 1000) / added,
      rssKb: ((r.rssMb - runs[k]!.rssMb) * 1024) / added,
    };
  });
}

/**
 * Where the cost per added indicator first rises by more than {@link KNEE}× over the interval
 * before it (the size the steeper interval starts at), or undefined for linear growth.
 */
export function knee(
  sizes: readonly number[],
  slopes: readonly number[],
  noise: number,
): number | undefined {
  for (let k = 1; k < slopes.length; k++) {
    if (slopes[k]! > KNEE * floored(sizes, slopes, k - 1, noise)) return sizes[k];
  }
  return undefined;
}

/** Interval k's marginal cost, at least the run-to-run noise spread over its added indicators. */
function floored(sizes: readonly number[], slopes: readonly number[], k: number, noise: number) {
  return Math.max(slopes[k]!, noise / (sizes[k + 1]! - sizes[k]!));
}

const n = (x: number) => x.toLocaleString("en-US");

function verdict(sizes: readonly number[], slopes: readonly number[], noise: number, unit: string) {
  const at = knee(sizes, slopes, noise);
  const last = slopes.length - 1;
  const ratio = last > 0 ? slopes[last]! / floored(sizes, slopes, last - 1, noise) : Number.NaN;
  const tail = `last interval ÷ the one before: ${ratio.toFixed(2)}`;
  return at === undefined
    ? `linear in ${unit} (${tail})`
    : `**superlinear** in ${unit} from ${n(at)} indicators (${tail})`;
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
    const inputs: string[] = [];
    for (const size of SIZES) inputs.push(await benchWorkbook(size));
    // results[command][size]: the run with the least CPU over the rounds.
    const results: Run[][] = commands.map(() => SIZES.map(() => ({ wall: 0, cpu: 0, rssMb: 0 })));
    for (let round = 0; round < ROUNDS; round++) {
      SIZES.forEach((_, s) => {
        commands.forEach(([, args], c) => {
          const r = once(args(inputs[s]!));
          const best = results[c]![s]!;
          if (round === 0 || r.cpu < best.cpu) results[c]![s] = r;
        });
      });
    }
    return table(commands, results);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(commands: readonly [string, unknown][], results: readonly Run[][]): string {
  const intervals = SIZES.slice(1).map((s, k) => `${n(SIZES[k]!)}→${n(s)}`);
  const lines = [
    `### Growth, ${n(SIZES[0]!)} → ${n(SIZES[SIZES.length - 1]!)} indicators (\`npm run bench -- growth\`, best of ${ROUNDS} by CPU)`,
    "",
    `| command | ${SIZES.map((s) => `${n(s)}: CPU s / wall s / RSS MB`).join(" | ")} |`,
    `| --- | ${SIZES.map(() => "---:").join(" | ")} |`,
  ];
  commands.forEach(([label], c) => {
    const cells = results[c]!.map(
      (r) => `${r.cpu.toFixed(2)} / ${r.wall.toFixed(1)} / ${r.rssMb.toFixed(0)}`,
    );
    lines.push(`| ${label} | ${cells.join(" | ")} |`);
  });
  lines.push(
    "",
    "Per added indicator between sizes (marginal CPU ms / marginal peak RSS KB), and CPU per indicator at the largest size ÷ at the one before:",
    "",
    `| command | ${intervals.join(" | ")} | CPU per indicator ×, ${intervals[intervals.length - 1]} | verdict |`,
    `| --- | ${intervals.map(() => "---:").join(" | ")} | ---: | --- |`,
  );
  const verdicts: string[] = [];
  commands.forEach(([label], c) => {
    const rs = results[c]!;
    const m = marginals(SIZES, rs);
    const last = SIZES.length - 1;
    const perIndicator = rs[last]!.cpu / SIZES[last]! / (rs[last - 1]!.cpu / SIZES[last - 1]!);
    const cpu = verdict(
      SIZES,
      m.map((x) => x.cpuMs),
      NOISE.cpuS * 1000,
      "CPU",
    );
    const rss = verdict(
      SIZES,
      m.map((x) => x.rssKb),
      NOISE.rssMb * 1024,
      "peak RSS",
    );
    const cells = m.map((x) => `${x.cpuMs.toFixed(3)} / ${x.rssKb.toFixed(1)}`);
    lines.push(`| ${label} | ${cells.join(" | ")} | ${perIndicator.toFixed(2)} | ${cpu}; ${rss} |`);
    verdicts.push(`${label}: ${cpu}; ${rss}.`);
  });
  lines.push("", ...verdicts);
  return lines.join("\n");
}
