/**
 * `tongket export INPUT -o FILE.xlsx` or `--sheet ID_OR_URL`: the archive XLSX. Like `check`,
 * exits 1 when the workbook has errors (the archive is written all the same, listing them).
 */

import { extname } from "node:path";
import { ARCHIVE, analyse, archivePlan, hasErrors } from "../../core/index.js";
import { UserError } from "../errors.js";
import { writeArchive } from "../io/archive-write.js";
import { EXPORT_CLI } from "../messages.vi.js";
import { type CommandContext, inputsOf, type Plan } from "./plan.js";

export interface ExportOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
  credentials?: string;
}

export async function exportPlan(
  input: string | undefined,
  options: ExportOptions,
  ctx: CommandContext,
): Promise<Plan> {
  const output = options.output;
  if (!output) throw new UserError(ARCHIVE.needOutput, 2);
  const force = !!options.force;
  const inputs = inputsOf(input, options);
  // Refuse a bad -o before reading anything: a directory, an input, or an existing file
  // without --force, then a name Excel would not open as XLSX.
  await ctx.claimOutputs([output], force, inputs);
  if (extname(output).toLowerCase() !== ".xlsx") {
    throw new UserError(EXPORT_CLI.badExtension(output), 2);
  }
  const source = await ctx.readInput(input, options);
  const analysis = analyse(source.grids);
  const plan = archivePlan(source.grids, analysis, {
    madeAt: ctx.now(),
    source: source.description,
    version: ctx.version,
  });
  return {
    files: [
      {
        path: output,
        content: (temp, show) =>
          writeArchive(temp, plan, {
            progress: show ? (done, total) => show(ARCHIVE.progress(done, total)) : undefined,
          }),
      },
    ],
    force,
    inputs,
    out: [ARCHIVE.exported(output, analysis.workbook.indicators.length, analysis.problems.length)],
    exitCode: hasErrors(analysis.problems) ? 1 : 0,
  };
}
