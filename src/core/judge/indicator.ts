/** One indicator's verdict: its figures per school year, each year's judgement and the term's. */

import { at, issue, type Problem } from "../base/problems.js";
import { CORE_MESSAGES, MESSAGES } from "../i18n/messages.js";
import { formatNumber } from "../workbook/format.js";
import { type LevelNaming, levelWord } from "../workbook/levels.js";
import type { Figure, Indicator } from "../workbook/model.js";
import { tabDef } from "../workbook/schema.js";
import { figureOfTally } from "./awards.js";
import { judgeFigure } from "./figure.js";
import { judgeScope } from "./scope.js";
import { directionOf, judgeSeries, lowerIsBetter } from "./series.js";
import {
  type AwardSummary,
  combine,
  type IndicatorVerdict,
  type Judgement,
  pointOf,
  type Trend,
  type YearVerdict,
} from "./verdict.js";

/** A school year with no result column: no figure and no cell. */
const NO_FIGURE: Figure = { measure: null, text: "", cell: "" };

/** Where an indicator's problems go: its tab, and the list they join. */
interface Report {
  readonly tab: string;
  readonly problems: Problem[];
}

/** The figures per school year: as typed, or tallied from the award lines it names. */
function figuresOf(
  i: Indicator,
  schoolYears: readonly string[],
  awards: AwardSummary,
  report: Report,
): Figure[] {
  return schoolYears.map((y) => {
    const typed = i.results[y] ?? NO_FIGURE;
    if (!i.source) return typed;
    const tally = figureOfTally(awards, i.source, y, typed.cell);
    if (typed.text !== "") checkAgainstTally(typed, tally, CORE_MESSAGES.inSchoolYear(y), report);
    return tally;
  });
}

/**
 * A figure typed where the award lines give it: the same count needs no word; another count
 * is a warning at the typed cell (one of the two is wrong); words are noted as not used.
 */
function checkAgainstTally(typed: Figure, tally: Figure, when: string, report: Report): void {
  const awardsTab = tabDef("awards").name;
  const t = pointOf(typed.measure);
  if (t === null) {
    const message = MESSAGES.resultSourceIgnored(awardsTab);
    report.problems.push(
      at(report.tab, typed.cell, issue("info", "result-source-ignored", message)),
    );
    return;
  }
  const counted = pointOf(tally.measure);
  if (counted === null || Math.abs(counted - t) < 1e-9) return;
  const message = MESSAGES.resultDiffersFromTally(typed.text, tally.text, awardsTab, when);
  report.problems.push(
    at(report.tab, typed.cell, issue("warning", "result-differs-from-tally", message)),
  );
}

/** A term result typed for a row that counts award lines: against the term's tally. */
function checkTermAgainstTally(
  i: Indicator,
  figures: readonly Figure[],
  awards: AwardSummary,
  report: Report,
): void {
  if (!i.source || i.termResult.text === "") return;
  // The years' tallies and the lines typed with no school year (the whole term).
  const whole = pointOf(figureOfTally(awards, i.source, "", "").measure) ?? 0;
  const sum = figures.reduce((s, f) => s + (pointOf(f.measure) ?? 0), whole);
  const tally: Figure = {
    cell: "",
    measure: {
      kind: "amount",
      low: sum,
      high: sum,
      lowOpen: false,
      highOpen: false,
      percent: false,
    },
    text: formatNumber(sum),
  };
  checkAgainstTally(i.termResult, tally, CORE_MESSAGES.wholeTerm, report);
}

/**
 * A count from award lines at a level that ceased in some of the years (the district, from
 * the 2025 reform) was counted at the level that replaced it: a note at the first such year's
 * cell, naming both levels and the years, so the judgement's basis is in plain sight.
 */
function noteReplacedLevel(i: Indicator, figures: readonly Figure[], report: Report): void {
  const replaced = figures.filter((f) => f.tally?.replaces);
  const first = replaced[0]?.tally;
  if (!first?.replaces || !first.level) return;
  const naming: LevelNaming = { typed: {} };
  const years = replaced.map((f) => f.tally!.schoolYear);
  const message = CORE_MESSAGES.levelReplaced(
    levelWord(first.replaces, naming, []),
    levelWord(first.level, naming, years),
    years,
  );
  const cell = replaced[0]!.cell || i.codeCell;
  report.problems.push(at(report.tab, cell, issue("info", "level-replaced", message)));
}

/** Text where a figure is needed ("đang cập nhật" against 99%) is a warning at its cell. */
function warnNotAFigure(i: Indicator, figures: readonly Figure[], report: Report): void {
  const t = i.target.measure;
  if (t?.kind !== "amount" || i.kind === "qualitative") return;
  for (const f of [...figures, i.termResult]) {
    if (f.measure && f.measure.kind !== "amount") {
      const message = CORE_MESSAGES.resultNotAFigure(f.text, i.target.text);
      report.problems.push(
        at(report.tab, f.cell, issue("warning", "result-not-a-figure", message)),
      );
    }
  }
}

/**
 * A blank year among filled ones is a warning at its cell, whatever the row's target (a
 * yearly series, a sum over the term, none); with a one-year scope only that year counts.
 */
function warnMissingYears(
  i: Indicator,
  years: readonly Pick<YearVerdict, "schoolYear" | "figure">[],
  report: Report,
): void {
  if (!years.some((y) => y.figure.measure !== null || y.figure.text !== "")) return;
  for (const y of years) {
    if (i.scope.key === "schoolYear" && y.schoolYear !== i.scope.schoolYear) continue;
    if (y.figure.measure === null && y.figure.text === "" && y.figure.cell !== "") {
      const message = MESSAGES.missingResult(y.schoolYear);
      report.problems.push(
        at(report.tab, y.figure.cell, issue("warning", "missing-result", message)),
      );
    }
  }
}

function seriesVerdict(
  i: Indicator,
  schoolYears: readonly string[],
  figures: readonly Figure[],
  values: readonly (number | null)[],
  trend: Trend | null,
): IndicatorVerdict {
  const series = judgeSeries(values, lowerIsBetter(i));
  const years = figures.map((figure, k) => ({
    schoolYear: schoolYears[k]!,
    judgement: series.years[k] ?? null,
    gap: null,
    value: values[k] ?? null,
    figure,
  }));
  return { indicator: i, years, term: { ...series.term, basis: "series" }, trend };
}

function figureVerdict(
  i: Indicator,
  schoolYears: readonly string[],
  figures: readonly Figure[],
  values: readonly (number | null)[],
  trend: Trend | null,
  report: Report,
): IndicatorVerdict {
  const years: YearVerdict[] = new Array(figures.length);
  const judgements: Judgement[] = new Array(figures.length);
  let withData = false;
  let gap: number | null = null;
  for (let k = 0; k < figures.length; k++) {
    const figure = figures[k]!;
    const judged = judgeFigure(i, figure.measure);
    years[k] = { schoolYear: schoolYears[k]!, ...judged, value: values[k] ?? null, figure };
    judgements[k] = judged.judgement;
    if (figure.measure !== null) withData = true;
    if (judged.gap !== null && (gap === null || judged.gap < gap)) gap = judged.gap;
  }
  const hasTarget = i.kind !== "none" && !!i.target.measure;
  const scoped = hasTarget && i.scope.key !== "yearly";
  // One named school year is judged in that year, whatever the term's figure.
  if (scoped && i.scope.key === "schoolYear") {
    const s = judgeScope(i, years, report.tab, report.problems);
    if (s) return { indicator: i, ...s, trend };
  }
  if (i.termResult.measure) {
    const judged = judgeFigure(i, i.termResult.measure);
    const shown = scoped ? years.map((y) => ({ ...y, judgement: null, gap: null })) : years;
    return { indicator: i, years: shown, term: { ...judged, basis: "termResult" }, trend };
  }
  if (!withData) {
    const judgement = hasTarget ? "noData" : "noTarget";
    return { indicator: i, years, term: { judgement, gap: null, basis: "none" }, trend };
  }
  if (scoped) {
    const s = judgeScope(i, years, report.tab, report.problems);
    if (s) return { indicator: i, ...s, trend };
  }
  return {
    indicator: i,
    years,
    term: { judgement: combine(judgements), gap, basis: "years" },
    trend,
  };
}

export function evaluateIndicator(
  i: Indicator,
  schoolYears: readonly string[],
  awards: AwardSummary,
  tab: string,
  problems: Problem[],
): IndicatorVerdict {
  const report = { tab, problems };
  const figures = figuresOf(i, schoolYears, awards, report);
  checkTermAgainstTally(i, figures, awards, report);
  noteReplacedLevel(i, figures, report);
  const values: (number | null)[] = new Array(figures.length);
  for (let k = 0; k < figures.length; k++) values[k] = pointOf(figures[k]!.measure);
  const direction = directionOf(values);
  const trend = direction ? { values, direction, lowerIsBetter: lowerIsBetter(i) } : null;
  warnNotAFigure(i, figures, report);
  warnMissingYears(
    i,
    figures.map((figure, k) => ({ schoolYear: schoolYears[k]!, figure })),
    report,
  );
  if (i.kind === "increase" || i.kind === "decrease")
    return seriesVerdict(i, schoolYears, figures, values, trend);
  return figureVerdict(i, schoolYears, figures, values, trend, report);
}
