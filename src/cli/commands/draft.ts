/**
 * `tongket draft INPUT -o FILE.docx|FILE.md [--force]` (INPUT: an XLSX file, or `--sheet
 * ID_OR_URL`): the term report draft.
 */

import { basename, dirname, extname, join } from "node:path";
import type { Draft } from "../../core/index.js";
import { analyse, buildDraft, SEVERITY_LABELS } from "../../core/index.js";
import { draftDocxBytes, draftMarkdown } from "../../writers/index.js";
import { UserError } from "../errors.js";
import { renderPng } from "../io/chart-png.js";
import { CLI } from "../messages.vi.js";
import { type CommandContext, inputsOf, type Plan, type PlannedFile } from "./plan.js";

export interface DraftOptions {
  output?: string;
  force?: boolean;
  sheet?: string;
  credentials?: string;
}

/** The PNG written beside a Markdown file: "bao-cao.md" → "bao-cao.giai-thuong.png". */
export function imageFileFor(mdFile: string, id: string): string {
  return `${basename(mdFile, extname(mdFile))}.${id}.png`;
}

/** The files of a built draft: `output` (.docx), or the .md with its PNGs beside it. */
export async function draftFiles(draft: Draft, output: string): Promise<PlannedFile[]> {
  const ext = extname(output).toLowerCase();
  if (ext !== ".docx" && ext !== ".md") throw new UserError(CLI.draftBadExtension(output), 2);
  const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
  if (ext === ".docx") {
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
  const source = await ctx.readInput(input, options);
  const analysis = analyse(source.grids);
  const draft = buildDraft(analysis);
  const files = await draftFiles(draft, output);
  const out = files.map((f) => CLI.wrote(f.path));
  const all = analysis.problems;
  const errors = all.filter((p) => p.severity === "error").length;
  const warnings = all.filter((p) => p.severity === "warning").length;
  // Sentence-pattern problems change the draft's wording, so they are listed in full here.
  for (const p of all.filter((x) => x.code.startsWith("pattern-"))) {
    out.push(`${SEVERITY_LABELS[p.severity]} ${p.tab}!${p.cell} ${p.message}`);
  }
  if (errors + warnings > 0) out.push(CLI.draftProblems(errors, warnings));
  // As check and export: the draft is written all the same, but errors give exit 1.
  return { files, force, inputs, out, exitCode: errors > 0 ? 1 : 0 };
}
