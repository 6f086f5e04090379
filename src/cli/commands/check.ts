/**
 * `tongket check INPUT [--json]` (INPUT: an XLSX file, or `--sheet ID_OR_URL`): problems and
 * the judgement table, in Vietnamese.
 */
import {
  type Analysis,
  analyse,
  computedCells,
  countBySeverity,
  formatMeasure,
  hasErrors,
  SEVERITY_LABELS,
  shortfallText,
  upperFirst,
} from "../../core/index.js";
import { CHECK_TEXT, CLI } from "../messages.vi.js";
import { type CommandContext, type Plan, printPlan } from "./plan.js";

export interface CheckOptions {
  json?: boolean;
  sheet?: string;
  credentials?: string;
}

function pad(text: string, width: number): string {
  const chars = [...text];
  if (chars.length > width) return `${chars.slice(0, width - 1).join("")}…`;
  return text + " ".repeat(width - chars.length);
}

/** The report a person reads in the terminal. */
export function checkText(file: string, a: Analysis): string {
  const w = a.workbook;
  const lines: string[] = [CLI.checking(file)];
  lines.push(
    CLI.unitLine(w.info.values.unitName ?? "", w.info.values.term ?? "", w.schoolYears.join(", ")),
  );
  lines.push("");
  const count = countBySeverity(a.problems);
  lines.push(CLI.problemsHeading(count.error, count.warning, count.info));
  if (a.problems.length === 0) lines.push(`  ${CLI.noProblems}`);
  for (const p of a.problems) {
    const where = p.cell ? `${p.tab}!${p.cell}` : p.tab;
    lines.push(`  ${pad(SEVERITY_LABELS[p.severity], 9)} ${pad(where, 18)} ${p.message}`);
  }
  lines.push("");
  lines.push(CLI.judgementsHeading);
  if (a.evaluation.indicators.length === 0) {
    lines.push(`  ${CHECK_TEXT.noIndicators}`);
    return lines.join("\n");
  }
  const [hCode, hLabel, hTarget, hResult, hJudgement] = CLI.tableHeaders;
  lines.push(
    `  ${pad(hCode, 6)} ${pad(hLabel, 44)} ${pad(hTarget, 24)} ${pad(hResult, 28)} ${hJudgement}`,
  );
  const [judged, nextOnly] = splitNextOnly(a.evaluation.indicators);
  for (const v of judged) {
    const i = v.indicator;
    const results = i.termResult.text
      ? i.termResult.text
      : v.years.map((y) => y.figure.text || formatMeasure(y.figure.measure) || "…").join(" | ");
    lines.push(
      `  ${pad(i.code, 6)} ${pad(i.label, 44)} ${pad(i.target.text || "—", 24)} ${pad(results, 28)} ${computedCells(v).judgement}`,
    );
    // The years that kept the term from being met, as the archive and the draft say them.
    const short = shortfallText(v);
    if (short) lines.push(`  ${" ".repeat(6)} ↳ ${upperFirst(short)}`);
  }
  if (nextOnly.length > 0) {
    lines.push("", CLI.nextOnlyHeading);
    for (const { indicator: i } of nextOnly)
      lines.push(`  ${pad(i.code, 6)} ${pad(i.label, 44)} ${i.nextTarget.text}`);
  }
  return lines.join("\n");
}

type Verdicts = Analysis["evaluation"]["indicators"];

/**
 * Rows that hold only a next-term target (no target, no result this term) are targets of the
 * next term, listed as such, not judged "Không đặt chỉ tiêu" with a row of blanks.
 */
function splitNextOnly(verdicts: Verdicts): [Verdicts, Verdicts] {
  const nextOnly = (v: Verdicts[number]) => {
    const i = v.indicator;
    const results = [i.termResult, ...Object.values(i.results)];
    return i.nextTarget.text !== "" && i.target.text === "" && results.every((f) => f.text === "");
  };
  return [verdicts.filter((v) => !nextOnly(v)), verdicts.filter(nextOnly)];
}

/** The same content for machines. */
export function checkJson(file: string, a: Analysis): unknown {
  const w = a.workbook;
  return {
    file,
    unit: w.info.values.unitName ?? null,
    term: w.info.values.term ?? null,
    schoolYears: w.schoolYears,
    errors: countBySeverity(a.problems).error,
    warnings: countBySeverity(a.problems).warning,
    problems: a.problems,
    indicators: a.evaluation.indicators.map((v) => ({
      code: v.indicator.code,
      label: v.indicator.label,
      kind: v.indicator.kind,
      target: v.indicator.target.text,
      years: Object.fromEntries(
        v.years.map((y) => [
          y.schoolYear,
          { result: y.figure.text, judgement: y.judgement, gap: y.gap },
        ]),
      ),
      termResult: v.indicator.termResult.text || null,
      judgement: v.term.judgement,
      gap: v.term.gap,
      trend: v.trend,
    })),
    groups: a.evaluation.groups,
    awards: a.evaluation.awards,
    funding: a.evaluation.funding,
    membership: a.evaluation.membership,
  };
}

export async function checkPlan(
  input: string | undefined,
  options: CheckOptions,
  ctx: CommandContext,
): Promise<Plan> {
  const source = await ctx.readInput(input, options);
  const analysis = analyse(source.grids);
  // The file as typed, or the live sheet as described ("Google Sheet … (ID …)").
  const label = input ?? source.description;
  const text = options.json
    ? JSON.stringify(checkJson(label, analysis), null, 2)
    : checkText(label, analysis);
  return printPlan([text], hasErrors(analysis.problems) ? 1 : 0);
}
