/** The one entry point both shells call: named grids in, workbook, verdicts and problems out. */
import { type Evaluation, evaluate } from "./evaluate.js";
import type { NamedGrid, Workbook } from "./model.js";
import { type Problem, sortProblems } from "./problems.js";
import { readWorkbook, TAB_ORDER } from "./read.js";

export interface Analysis {
  readonly workbook: Workbook;
  readonly evaluation: Evaluation;
  /** Problems from reading and evaluating, errors first. */
  readonly problems: readonly Problem[];
}

export function analyse(grids: readonly NamedGrid[]): Analysis {
  const { workbook, problems } = readWorkbook(grids);
  const evaluation = evaluate(workbook);
  const names = TAB_ORDER.map((t) => grids.find((g) => g.name === t)?.name ?? t);
  return {
    workbook,
    evaluation,
    problems: sortProblems(
      [...problems, ...evaluation.problems],
      [...names, ...grids.map((g) => g.name)],
    ),
  };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
