/** `tongket template [-o FILE] [--blank]`: writes the sample or the blank template. */

import { SAMPLE } from "../../core/index.js";
import { templateWorkbook } from "../../writers/index.js";
import { writeAtomically } from "../io/atomic.js";
import { CLI } from "../messages.vi.js";

export interface TemplateOptions {
  output?: string;
  blank?: boolean;
  force?: boolean;
}

export const DEFAULT_SAMPLE_FILE = "tongket-mau.xlsx";
export const DEFAULT_BLANK_FILE = "tongket-mau-trong.xlsx";

export async function templateCommand(
  options: TemplateOptions,
  log: (line: string) => void,
): Promise<number> {
  const file = options.output ?? (options.blank ? DEFAULT_BLANK_FILE : DEFAULT_SAMPLE_FILE);
  const workbook = templateWorkbook(options.blank ? undefined : SAMPLE);
  await writeAtomically(file, !!options.force, (temp) => workbook.xlsx.writeFile(temp));
  log(CLI.wrote(file));
  return 0;
}
