/** `tongket template [-o FILE] [--blank]`: writes the sample or the blank template. */

import { extname } from "node:path";
import { SAMPLE } from "../../core/index.js";
import { templateWorkbook } from "../../writers/xlsx/template.js";
import { UserError } from "../errors.js";
import { CLI } from "../messages.vi.js";
import type { CommandContext, Plan } from "./plan.js";

export interface TemplateOptions {
  output?: string;
  blank?: boolean;
  force?: boolean;
}

export const DEFAULT_SAMPLE_FILE = "tongket-mau.xlsx";
export const DEFAULT_BLANK_FILE = "tongket-mau-trong.xlsx";

export async function templatePlan(options: TemplateOptions, ctx: CommandContext): Promise<Plan> {
  const file = options.output ?? (options.blank ? DEFAULT_BLANK_FILE : DEFAULT_SAMPLE_FILE);
  const force = !!options.force;
  await ctx.claimOutputs([file], force, []);
  if (extname(file).toLowerCase() !== ".xlsx")
    throw new UserError(CLI.templateBadExtension(file), 2);
  // The blank template's school years follow today's date.
  const workbook = templateWorkbook(options.blank ? undefined : SAMPLE, { now: ctx.now() });
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return {
    files: [{ path: file, content: bytes }],
    force,
    inputs: [],
    out: [CLI.wrote(file)],
    exitCode: 0,
  };
}
