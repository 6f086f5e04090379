/**
 * `tongket export INPUT -o FILE.xlsx` or `--sheet ID_OR_URL`: the archive XLSX. Like `check`,
 * exits 1 when the workbook has errors (the archive is written all the same, listing them).
 */

import { extname } from "node:path";
import { ARCHIVE, analyse, archivePlan, hasErrors } from "../../core/index.js";
import { UserError } from "../errors.js";
import { type Progress, writeArchive } from "../io/archive-write.js";
import { ensureWritable, writeAtomically } from "../io/atomic.js";
import { readInput, type SourceOptions } from "../io/source.js";
import { EXPORT_CLI } from "../messages.vi.js";

export interface ExportOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
  credentials?: string;
}

export interface ExportDeps {
  log: (line: string) => void;
  /** Set only when stderr is a terminal. */
  progress?: (text: string) => void;
  version: string;
  now?: () => Date;
  /** Extra source options (tests point the live reader at a local server). */
  source?: Partial<SourceOptions>;
}

export async function exportCommand(
  input: string | undefined,
  options: ExportOptions,
  deps: ExportDeps,
): Promise<number> {
  if (!options.output) throw new UserError(ARCHIVE.needOutput, 2);
  // Refuse a bad -o before reading anything (the live sheet costs API calls): a directory
  // or an existing file without --force, then a name Excel would not open as XLSX.
  await ensureWritable(options.output, !!options.force);
  if (extname(options.output).toLowerCase() !== ".xlsx") {
    throw new UserError(EXPORT_CLI.badExtension(options.output), 2);
  }
  const source = await readInput(input, options, deps.source);
  const analysis = analyse(source.grids);
  const plan = archivePlan(source.grids, analysis, {
    madeAt: (deps.now ?? (() => new Date()))(),
    source: source.description,
    version: deps.version,
  });
  const show = deps.progress;
  const progress: Progress | undefined = show
    ? (done, total) => show(ARCHIVE.progress(done, total))
    : undefined;
  await writeAtomically(options.output, !!options.force, (temp) =>
    writeArchive(temp, plan, { progress }),
  );
  deps.log(
    ARCHIVE.exported(options.output, analysis.workbook.indicators.length, analysis.problems.length),
  );
  return hasErrors(analysis.problems) ? 1 : 0;
}
