/**
 * `tongket draft INPUT -o FILE.docx|FILE.md [--force]` (INPUT: an XLSX file, or `--sheet
 * ID_OR_URL`): the term report draft.
 */

import { writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { Draft } from "../../core/index.js";
import { analyse, buildDraft, SEVERITY_LABELS } from "../../core/index.js";
import { chartFileName, draftDocxBytes, draftMarkdown } from "../../writers/index.js";
import { UserError } from "../errors.js";
import { ensureWritable, writeAtomically } from "../io/atomic.js";
import { renderPng } from "../io/chart-png.js";
import { readInput, type SourceOptions } from "../io/source.js";
import { CLI } from "../messages.vi.js";

export interface DraftOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
  credentials?: string;
}

/** The PNG written beside a Markdown file: "bao-cao.md" → "bao-cao.giai-thuong.png". */
export function imageFileFor(mdFile: string, id: string): string {
  return chartFileName(basename(mdFile, extname(mdFile)), id);
}

/** Writes a built draft to `output` (.docx, or .md with its PNGs beside it). */
export async function writeDraft(draft: Draft, output: string, force: boolean): Promise<string[]> {
  const ext = extname(output).toLowerCase();
  if (ext !== ".docx" && ext !== ".md") throw new UserError(CLI.draftBadExtension(output), 2);
  const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
  if (ext === ".docx") {
    await writeAtomically(output, force, async (tmp) =>
      writeFile(tmp, await draftDocxBytes(draft, images)),
    );
    return [output];
  }
  const pngs = [...images.entries()].map(([id, img]) => ({
    file: join(dirname(output), imageFileFor(output, id)),
    img,
  }));
  // Refuse before writing anything, so a refused run leaves no half set of files.
  for (const f of [output, ...pngs.map((p) => p.file)]) await ensureWritable(f, force);
  for (const p of pngs) await writeAtomically(p.file, force, (tmp) => writeFile(tmp, p.img.png));
  const text = draftMarkdown(draft, (id) => imageFileFor(output, id));
  await writeAtomically(output, force, (tmp) => writeFile(tmp, text, "utf8"));
  return [...pngs.map((p) => p.file), output];
}

export async function draftCommand(
  input: string | undefined,
  options: DraftOptions,
  log: (line: string) => void,
  overrides?: Partial<SourceOptions>,
): Promise<number> {
  if (!options.output) throw new UserError(CLI.draftNeedsOutput, 2);
  // Refuse a bad -o before reading anything (the live sheet costs API calls); writeDraft
  // checks again, with the chart files beside a Markdown draft.
  await ensureWritable(options.output, !!options.force);
  const ext = extname(options.output).toLowerCase();
  if (ext !== ".docx" && ext !== ".md")
    throw new UserError(CLI.draftBadExtension(options.output), 2);
  const source = await readInput(input, options, overrides);
  const analysis = analyse(source.grids);
  const draft = buildDraft(analysis);
  const written = await writeDraft(draft, options.output, !!options.force);
  for (const f of written) log(CLI.wrote(f));
  const all = analysis.problems;
  const errors = all.filter((p) => p.severity === "error").length;
  const warnings = all.filter((p) => p.severity === "warning").length;
  // Sentence-pattern problems change the draft's wording, so they are listed in full here.
  for (const p of all.filter((x) => x.code.startsWith("pattern-"))) {
    log(`${SEVERITY_LABELS[p.severity]} ${p.tab}!${p.cell} ${p.message}`);
  }
  if (errors + warnings > 0) log(CLI.draftProblems(errors, warnings));
  // As check and export: the draft is written all the same, but errors give exit 1.
  return errors > 0 ? 1 : 0;
}
