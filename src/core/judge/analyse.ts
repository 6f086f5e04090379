/** The one entry point both shells call: named grids in, workbook, verdicts and problems out. */

import { at, type Problem, sortProblems } from "../base/problems.js";
import { a1 } from "../base/text.js";
import type { NamedGrid, Workbook } from "../workbook/model.js";
import { readOutline, type SheetOutline, untakenByOutline } from "../workbook/outline.js";
import { patternIssues } from "../workbook/patterns.js";
import { findTab, readWorkbook, TAB_ORDER } from "../workbook/read.js";
import { type Evaluation, evaluate } from "./evaluate.js";

export interface Analysis {
  readonly workbook: Workbook;
  readonly evaluation: Evaluation;
  /** Problems from reading and evaluating, errors first. */
  readonly problems: readonly Problem[];
  /** The school's own outline of the draft ("Mẫu báo cáo"), when the workbook has one. */
  readonly outline?: SheetOutline;
}

export function analyse(grids: readonly NamedGrid[]): Analysis {
  const { workbook, problems } = readWorkbook(grids);
  const evaluation = evaluate(workbook);
  const layout = workbook.layouts.indicators;
  const patternColumn = layout?.columns.pattern;
  if (layout && patternColumn !== undefined) {
    for (const i of workbook.indicators) {
      if (!i.pattern) continue;
      for (const found of patternIssues(i.pattern, workbook.schoolYears)) {
        problems.push(at(layout.name, a1(i.row, patternColumn), found));
      }
    }
  }
  const outline = readOutline(grids, problems);
  if (outline) {
    const sections = new Set(
      workbook.indicators.map((i) => i.section ?? i.sectionText ?? "unsorted"),
    );
    problems.push(
      ...untakenByOutline(outline, sections, new Set(workbook.texts.map((t) => t.section))),
    );
  }
  // The tabs as the workbook names them ("chỉ tiêu", NFD …), in the schema's order.
  const names = TAB_ORDER.map((t) => findTab(grids, t)?.name ?? t);
  return {
    workbook,
    evaluation,
    ...(outline ? { outline } : {}),
    problems: sortProblems(
      [...problems, ...evaluation.problems],
      [...names, ...grids.map((g) => g.name)],
    ),
  };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
