/**
 * `tongket tong-hop FILE.xlsx… | DIR -o TONG-HOP.xlsx|.docx|.md [--du-thao FILE.docx|.md]
 * [--force]`: the roll-up of many schools' workbooks. Files are read one at a time; each is
 * reduced to its school's record and dropped before the next is read, and of the record only
 * the summary stays in memory: the rest goes to a temporary file (../io/rollup-spill.ts),
 * removed once the outputs are written or have failed. A file that cannot be read is listed
 * and skipped; the others go on.
 */

import { extname } from "node:path";
import {
  ARCHIVE,
  isCommon,
  type Rollup,
  RollupAccumulator,
  rollupDraft,
  rollupPlan,
  SEVERITY_LABELS,
} from "../../core/index.js";
import { UserError } from "../errors.js";
import { writeArchive } from "../io/archive-write.js";
import { TempFileStore } from "../io/rollup-spill.js";
import { CLI, ROLLUP_CLI } from "../messages.vi.js";
import { draftFiles } from "./draft.js";
import type { CommandContext, Plan, PlannedFile } from "./plan.js";

export interface RollupOptions {
  output?: string;
  duThao?: string;
  force?: boolean;
}

const DRAFT_EXTENSIONS = [".docx", ".md"];

/** What school number `k`'s problems say on stdout: each at its file, tab and cell. */
function problemLines(r: Rollup, k: number): string[] {
  const s = r.schools[k]!;
  const more = s.errorCount + s.warningCount - s.problemCount;
  if (s.problemCount === 0 && more <= 0) return [];
  const lines = r
    .detail(k)
    .problems.map((p) =>
      ROLLUP_CLI.problem(
        s.file,
        p.cell ? `${p.tab}!${p.cell}` : p.tab,
        SEVERITY_LABELS[p.severity],
        p.message,
      ),
    );
  if (more > 0) lines.push(ROLLUP_CLI.moreProblems(s.file, more));
  return lines;
}

/** Reads the files one by one into the accumulator; an unreadable one becomes a failure. */
async function readAll(
  files: readonly string[],
  ctx: CommandContext,
  store: TempFileStore,
): Promise<Rollup> {
  const acc = new RollupAccumulator(store);
  for (const [k, file] of files.entries()) {
    ctx.progress?.(ROLLUP_CLI.reading(k + 1, files.length, file));
    try {
      const source = await ctx.readInput(file, {});
      acc.addWorkbook(file, source.grids);
    } catch (error) {
      const message =
        error instanceof UserError
          ? error.message
          : CLI.unexpected(error instanceof Error ? error.message : String(error));
      acc.addFailure(file, message);
    }
  }
  return acc.result();
}

async function outputFiles(r: Rollup, outputs: readonly string[], ctx: CommandContext) {
  const madeAt = ctx.now();
  const files: PlannedFile[] = [];
  for (const output of outputs) {
    if (extname(output).toLowerCase() === ".xlsx") {
      const plan = rollupPlan(r, { madeAt, version: ctx.version });
      files.push({
        path: output,
        content: (temp, show) =>
          writeArchive(temp, plan, {
            progress: show ? (done, total) => show(ARCHIVE.progress(done, total)) : undefined,
          }),
      });
    } else files.push(...(await draftFiles(rollupDraft(r, madeAt), output)));
  }
  return files;
}

export async function tongHopPlan(
  args: readonly string[],
  options: RollupOptions,
  ctx: CommandContext,
): Promise<Plan> {
  const output = options.output;
  if (!output) throw new UserError(ROLLUP_CLI.needOutput, 2);
  const ext = extname(output).toLowerCase();
  if (ext !== ".xlsx" && !DRAFT_EXTENSIONS.includes(ext)) {
    throw new UserError(ROLLUP_CLI.badOutput(output), 2);
  }
  const draft = options.duThao;
  if (draft !== undefined && !DRAFT_EXTENSIONS.includes(extname(draft).toLowerCase())) {
    throw new UserError(ROLLUP_CLI.badDraft(draft), 2);
  }
  const outputs = draft === undefined ? [output] : [output, draft];
  const force = !!options.force;
  const inputs = await ctx.listWorkbooks(args, outputs);
  if (inputs.length === 0) throw new UserError(ROLLUP_CLI.noWorkbooks(args.join(", ")), 2);
  // Refuse a bad -o before reading a thousand files: a directory, an input, an existing file.
  await ctx.claimOutputs(outputs, force, inputs);
  const store = new TempFileStore();
  try {
    return await rollupOf(inputs, outputs, force, ctx, store);
  } catch (error) {
    store.close();
    throw error;
  }
}

/** Reads the inputs and plans the outputs; the plan releases the store once they are written. */
async function rollupOf(
  inputs: readonly string[],
  outputs: readonly string[],
  force: boolean,
  ctx: CommandContext,
  store: TempFileStore,
): Promise<Plan> {
  const r = await readAll(inputs, ctx, store);
  ctx.progress?.("");
  const files = await outputFiles(r, outputs, ctx);
  const out = [
    ...r.schools.flatMap((_, k) => problemLines(r, k)),
    ...r.failures.map((f) => ROLLUP_CLI.failed(f.file, f.message)),
    ROLLUP_CLI.done(
      r.schools.length,
      r.failures.length,
      r.groups.filter((g) => isCommon(g, r.schools.length)).length,
      r.noteCounts.byLabel,
    ),
    ...files.map((f) => CLI.wrote(f.path)),
  ];
  const errors = r.failures.length > 0 || r.schools.some((s) => s.errorCount > 0);
  return { files, force, inputs, out, exitCode: errors ? 1 : 0, release: () => store.close() };
}
