/**
 * `tongket draft INPUT -o FILE.docx|FILE.md [--force]` (INPUT: an XLSX file, or `--sheet
 * ID_OR_URL`) [--kind bao-cao-nhiem-ky|nghi-quyet|nam-hoc|so-ket] [--nam-hoc 2024-2025]:
 * the draft of a report kind, the term report by default.
 */

import { basename, dirname, extname, join } from "node:path";
import type { Draft } from "../../core/index.js";
import {
  analyse,
  buildDraft,
  countBySeverity,
  KIND_IDS,
  kindNamed,
  parseSchoolYear,
  SEVERITY_LABELS,
} from "../../core/index.js";
import { chartFileName, draftMarkdown } from "../../writers/markdown/draft.js";
import { UserError } from "../errors.js";
import { renderPng } from "../io/chart-png.js";
import { CLI } from "../messages.vi.js";
import { type CommandContext, inputsOf, type Plan, type PlannedFile } from "./plan.js";

export interface DraftOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
  credentials?: string;
  /** Report kind: bao-cao-nhiem-ky (default), nghi-quyet, nam-hoc, so-ket. */
  kind?: string;
  /** The school year of a nam-hoc report (default: the last with data). */
  namHoc?: string;
}

/** The PNG written beside a Markdown file: "bao-cao.md" → "bao-cao.giai-thuong.png". */
export function imageFileFor(mdFile: string, id: string): string {
  return chartFileName(basename(mdFile, extname(mdFile)), id);
}

/** The files of a built draft: `output` (.docx), or the .md with its PNGs beside it. */
export async function draftFiles(draft: Draft, output: string): Promise<PlannedFile[]> {
  const ext = extname(output).toLowerCase();
  if (ext !== ".docx" && ext !== ".md") throw new UserError(CLI.draftBadExtension(output), 2);
  const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
  if (ext === ".docx") {
    // docx is loaded only for a DOCX draft.
    const { draftDocxBytes } = await import("../../writers/docx/draft.js");
    return [{ path: output, content: await draftDocxBytes(draft, images) }];
  }
  const pngs = [...images.entries()].map(([id, img]) => ({
    path: join(dirname(output), imageFileFor(output, id)),
    content: img.png,
  }));
  // The Markdown and its charts are one output: written and renamed together, or not at all.
  const text = draftMarkdown(draft, (id) => imageFileFor(output, id));
  return [...pngs, { path: output, content: text }];
}

export async function draftPlan(
  input: string | undefined,
  options: DraftOptions,
  ctx: CommandContext,
): Promise<Plan> {
  const output = options.output;
  if (!output) throw new UserError(CLI.draftNeedsOutput, 2);
  const force = !!options.force;
  const inputs = inputsOf(input, options);
  // Refuse a bad -o before reading anything (the live sheet costs API calls); the runner
  // checks again, with the chart files beside a Markdown draft.
  await ctx.claimOutputs([output], force, inputs);
  const ext = extname(output).toLowerCase();
  if (ext !== ".docx" && ext !== ".md") throw new UserError(CLI.draftBadExtension(output), 2);
  const kind = kindNamed(options.kind ?? "bao-cao-nhiem-ky");
  if (!kind) throw new UserError(CLI.draftBadKind(options.kind ?? "", KIND_IDS.join(", ")), 2);
  const year = options.namHoc === undefined ? undefined : parseSchoolYear(options.namHoc).value;
  if (options.namHoc !== undefined && !year)
    throw new UserError(CLI.draftBadYear(options.namHoc), 2);
  const source = await ctx.readInput(input, options);
  const analysis = analyse(source.grids);
  const years = analysis.workbook.schoolYears;
  if (year && !years.includes(year))
    throw new UserError(CLI.draftYearNotInSheet(year, years.join(", ")), 2);
  const draft = buildDraft(analysis, { kind, ...(year ? { schoolYear: year } : {}) });
  const files = await draftFiles(draft, output);
  const out = files.map((f) => CLI.wrote(f.path));
  const all = analysis.problems;
  const { error: errors, warning: warnings } = countBySeverity(all);
  // Sentence-pattern and "Mẫu báo cáo" problems change the draft's wording or outline, so
  // they are listed in full here.
  const listed = (code: string) => code.startsWith("pattern-") || code.startsWith("outline-");
  for (const p of all.filter((x) => listed(x.code))) {
    out.push(`${SEVERITY_LABELS[p.severity]} ${p.tab}!${p.cell} ${p.message}`);
  }
  if (errors + warnings > 0) out.push(CLI.draftProblems(errors, warnings));
  // As check and export: the draft is written all the same, but errors give exit 1.
  return { files, force, inputs, out, exitCode: errors > 0 ? 1 : 0 };
}
