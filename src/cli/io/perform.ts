/**
 * The one runner of command plans: refuses outputs that are inputs, writes the plan's files
 * as one (atomically, honouring --force), shows progress on a terminal, clears it, then
 * prints the plan's lines and returns its exit code.
 */
import { writeFile } from "node:fs/promises";
import type { CommandContext, Plan, PlannedFile, ShowProgress } from "../commands/plan.js";
import {
  ensureNotInput,
  ensureWritable,
  type FileOps,
  type FileToWrite,
  writeFilesAtomically,
} from "./atomic.js";
import { listWorkbooks } from "./inputs.js";
import { readInput, type SourceOptions } from "./source.js";

export interface PerformIo {
  out: (line: string) => void;
  progress?: ShowProgress;
}

function writerOf(file: PlannedFile, progress?: ShowProgress): FileToWrite {
  const { content } = file;
  return {
    path: file.path,
    write:
      typeof content === "function"
        ? (temp) => content(temp, progress)
        : (temp) => writeFile(temp, content),
  };
}

export async function perform(plan: Plan, io: PerformIo, ops?: FileOps): Promise<number> {
  try {
    for (const f of plan.files) await ensureNotInput(f.path, plan.inputs);
    try {
      if (plan.files.length > 0) {
        await writeFilesAtomically(
          plan.files.map((f) => writerOf(f, io.progress)),
          plan.force,
          ops,
        );
      }
    } finally {
      // The progress line goes before any final message or error.
      io.progress?.("");
    }
  } finally {
    plan.release?.();
  }
  for (const line of plan.out) io.out(line);
  return plan.exitCode;
}

/** The context of commands run for real: files, the live sheet, the clock. */
export function realContext(version: string, overrides?: Partial<SourceOptions>): CommandContext {
  return {
    readInput: (input, options) => readInput(input, options, overrides),
    claimOutputs: async (paths, force, inputs) => {
      for (const p of paths) {
        await ensureNotInput(p, inputs);
        await ensureWritable(p, force);
      }
    },
    listWorkbooks,
    now: () => new Date(),
    version,
  };
}
