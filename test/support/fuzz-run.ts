/**
 * Runs random workbooks (random-workbook.ts) through check, check --json, export, draft .docx
 * and draft .md in this process, then reads every archive and DOCX back in one Python process
 * (read-outputs.py). Shared by the property test (a few dozen seeds) and scripts/fuzz.ts
 * (thousands).
 */
import { execFileSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { run } from "../../src/cli/main.js";
import { CLI } from "../../src/cli/messages.vi.js";
import { capture } from "./capture.js";
import { DEBIAN_PYTHON } from "./external.js";
import { randomWorkbook } from "./random-workbook.js";

/** What the tool made of one seed's workbook that it must never make. */
export interface Finding {
  readonly seed: number;
  readonly what: string;
}

export interface FuzzFigures {
  readonly workbooks: number;
  /** Exit codes of every command run, counted. */
  readonly exits: Record<string, number>;
  /** Archives and DOCX drafts read back. */
  readonly readBack: number;
  readonly findings: Finding[];
}

const NON_FINITE = /NaN|Infinity|∞/;
const UNEXPECTED = CLI.unexpected("").trim();

/** Runs one command; returns its exit code and what it printed, noting what it must not do. */
async function command(
  seed: number,
  argv: string[],
  findings: Finding[],
): Promise<{ code: number; text: string }> {
  const c = capture();
  let code: number;
  try {
    code = await run(argv, c.io);
  } catch (error) {
    findings.push({ seed, what: `${argv[0]} threw: ${String(error).slice(0, 200)}` });
    return { code: -1, text: "" };
  }
  const text = [...c.out, ...c.err].join("\n");
  if (text.includes(UNEXPECTED)) findings.push({ seed, what: `${argv[0]}: ${text.slice(0, 300)}` });
  if (NON_FINITE.test(text)) {
    findings.push({ seed, what: `${argv.join(" ")} printed ${NON_FINITE.exec(text)![0]}` });
  }
  return { code, text };
}

/** One seed's workbook through every command; returns the files to read back. */
async function runSeed(
  seed: number,
  dir: string,
  exits: Record<string, number>,
  findings: Finding[],
): Promise<string[]> {
  const input = join(dir, `in-${seed}.xlsx`);
  await writeFile(input, await randomWorkbook(seed));
  const outputs = {
    archive: join(dir, `archive-${seed}.xlsx`),
    docx: join(dir, `draft-${seed}.docx`),
    md: join(dir, `draft-${seed}.md`),
  };
  const runs: [string, string[]][] = [
    ["check", ["check", input]],
    ["check --json", ["check", "--json", input]],
    ["export", ["export", input, "-o", outputs.archive]],
    ["draft .docx", ["draft", input, "-o", outputs.docx]],
    ["draft .md", ["draft", input, "-o", outputs.md]],
  ];
  const written: string[] = [];
  for (const [name, argv] of runs) {
    const { code, text } = await command(seed, argv, findings);
    const key = `${name} → ${code}`;
    exits[key] = (exits[key] ?? 0) + 1;
    if (name === "check --json" && code !== 2) {
      try {
        JSON.parse(text);
      } catch {
        findings.push({ seed, what: "check --json printed no JSON" });
      }
    }
  }
  for (const path of [outputs.archive, outputs.docx]) {
    if (await exists(path)) written.push(path);
  }
  if (await exists(outputs.md)) {
    const md = await readFile(outputs.md, "utf8");
    if (NON_FINITE.test(md))
      findings.push({ seed, what: `Markdown holds ${NON_FINITE.exec(md)![0]}` });
  }
  return written;
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

/** Reads every file back in one Python process; a file it cannot read is a finding. */
export function readBack(files: readonly string[]): Record<string, string> {
  if (files.length === 0) return {};
  const out = execFileSync(DEBIAN_PYTHON, ["test/support/read-outputs.py"], {
    input: JSON.stringify(files),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as Record<string, string>;
}

/** Runs `seeds` through every command in `dir`, reading outputs back in batches. */
export async function fuzz(
  seeds: readonly number[],
  dir: string,
  onProgress?: (done: number, findings: readonly Finding[]) => void,
): Promise<FuzzFigures> {
  const exits: Record<string, number> = {};
  const findings: Finding[] = [];
  let pending: string[] = [];
  let readCount = 0;
  const flush = () => {
    for (const [file, why] of Object.entries(readBack(pending))) {
      const seed = Number(/-(\d+)\.(xlsx|docx)$/.exec(file)?.[1] ?? -1);
      findings.push({ seed, what: `${file.split("/").pop()} unreadable: ${why}` });
    }
    readCount += pending.length;
    pending = [];
  };
  for (const [i, seed] of seeds.entries()) {
    pending.push(...(await runSeed(seed, dir, exits, findings)));
    if (pending.length >= 400) flush();
    onProgress?.(i + 1, findings);
  }
  flush();
  return { workbooks: seeds.length, exits, readBack: readCount, findings };
}
