/**
 * The mid-term review (Báo cáo sơ kết giữa nhiệm kỳ): the school years so far against the
 * term's targets, each on track or behind by its time scope, with what remains to reach it.
 *
 * - each year (the default): on track while every year so far met its target; behind
 *   otherwise, naming the years that fell short.
 * - over the term (a sum) and by the end of the term (the last year): on track when the
 *   figure so far has reached the share of the target the elapsed years stand for
 *   (half-way: half); what remains is the target less the figure so far.
 * - the average: on track when the mean of the years so far meets the target.
 * - one named school year: judged in that year; before it, not yet due.
 */
import { KIND_TEXTS as K } from "../../../i18n/draft-kinds.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { IndicatorVerdict, YearVerdict } from "../../../judge/evaluate.js";
import { formatNumber } from "../../../workbook/format.js";
import { type Run, runsText } from "../model.js";
import type { Outline } from "../outline.js";
import { figureRuns, type SentenceContext, targetRuns, unitSuffix } from "../sentences.js";

const plain = (text: string): Run => ({ text });

export type Progress = "onTrack" | "behind" | "reached" | "notDue" | "noData" | "gap";

function targetNumber(v: IndicatorVerdict): number | null {
  const m = v.indicator.target.measure;
  if (m?.kind !== "amount") return null;
  return m.low ?? m.high;
}

export interface ProgressVerdict {
  readonly progress: Progress;
  /** The figure so far, as the sentence writes it (with its unit: "10 giáo viên", "100%"). */
  readonly soFar: string;
  /** What remains to reach the target, when it is a number. */
  readonly remains?: number;
  /** Years that fell short of an each-year target. */
  readonly shortYears: readonly string[];
  /** Blank years among the years so far (before the last year with a figure). */
  readonly gapYears: readonly string[];
}

const hasFigure = (y: YearVerdict) => y.figure.text !== "" || y.figure.measure !== null;

/** The years so far: up to the last year with a figure; later years have not come yet. */
function yearsSoFar(v: IndicatorVerdict): readonly YearVerdict[] {
  let last = -1;
  v.years.forEach((y, k) => {
    if (hasFigure(y)) last = k;
  });
  return v.years.slice(0, last + 1);
}

/** A number with the indicator's unit: "100%", "10 giáo viên", "2 điểm phần trăm". */
function withUnit(v: IndicatorVerdict, n: number, difference = false): string {
  const i = v.indicator;
  if (i.unit === "percent") return `${formatNumber(n)}${difference ? K.year.points : "%"}`;
  return `${formatNumber(n)}${unitSuffix(i)}`;
}

/**
 * How far one indicator has come, given how many of the term's years have data. A blank
 * year among the years so far is a gap: it is named, and the indicator is not called on
 * track on figures that are missing (it may still be behind, or reached, on the others).
 */
export function progressOf(v: IndicatorVerdict, termYears: number): ProgressVerdict {
  const soFarYears = yearsSoFar(v);
  const gapYears = soFarYears.filter((y) => y.figure.measure === null).map((y) => y.schoolYear);
  const base = { soFar: "", shortYears: [], gapYears };
  const values = v.years.map((y) => y.value).filter((x): x is number => x !== null);
  const target = targetNumber(v);
  const scope = v.indicator.scope;
  const share = termYears > 0 ? soFarYears.filter(hasFigure).length / termYears : 0;
  if (soFarYears.length === 0) {
    // Only a figure for the term so far ("Kết quả cả nhiệm kỳ"): judged as the term is.
    const t = v.indicator.termResult;
    if (!t.text) return { ...base, progress: "noData" };
    const j = v.term.judgement;
    const progress = j === "notMet" ? "behind" : j === "noData" ? "noData" : "onTrack";
    return { ...base, progress, soFar: t.text };
  }
  if ((scope.key === "term" || scope.key === "termEnd") && target !== null && values.length) {
    const soFar = scope.key === "term" ? values.reduce((s, x) => s + x, 0) : values.at(-1)!;
    const left = Math.max(0, Math.round((target - soFar) * 100) / 100);
    // A sum with a blank year may be short only because a year is not typed yet.
    const counted = scope.key === "termEnd" || gapYears.length === 0;
    const progress =
      soFar >= target
        ? "reached"
        : !counted
          ? "gap"
          : soFar >= target * share
            ? "onTrack"
            : "behind";
    return { ...base, progress, soFar: withUnit(v, soFar), remains: left };
  }
  if (scope.key === "average" && target !== null && values.length) {
    const mean = Math.round((values.reduce((s, x) => s + x, 0) / values.length) * 100) / 100;
    const progress = gapYears.length ? "gap" : mean >= target ? "onTrack" : "behind";
    return { ...base, progress, soFar: withUnit(v, mean) };
  }
  if (scope.key === "schoolYear" && scope.schoolYear) {
    const y = v.years.find((x) => x.schoolYear === scope.schoolYear);
    if (!y || y.judgement === null) return { ...base, progress: "notDue" };
    return {
      ...base,
      progress: y.judgement === "notMet" ? "behind" : "reached",
      soFar: y.figure.text,
    };
  }
  const short = v.years.filter((y) => y.judgement === "notMet").map((y) => y.schoolYear);
  const progress = short.length ? "behind" : gapYears.length ? "gap" : "onTrack";
  return { ...base, progress, shortYears: short };
}

/** "Còn phải đạt": what remains, the short years, the years to fill in, or the level to keep. */
function remainsText(ctx: SentenceContext, v: IndicatorVerdict, p: ProgressVerdict): string {
  // Reached: nothing remains (the blank year still shows as a placeholder beside it).
  const fill =
    p.gapYears.length && p.progress !== "reached" ? K.midterm.fillYears(p.gapYears.join(", ")) : "";
  const parts =
    p.progress === "reached"
      ? []
      : p.remains !== undefined
        ? [withUnit(v, p.remains, true)]
        : p.progress === "noData"
          ? []
          : p.shortYears.length
            ? [K.midterm.shortYears(p.shortYears.join(", "))]
            : p.progress === "gap"
              ? []
              : [K.midterm.keepLevel(runsText(targetRuns(ctx, v.indicator)))];
  if (fill) parts.push(fill);
  return parts.join("; ") || K.midterm.nothingLeft;
}

/** The years so far, each with its figure or the placeholder of its blank cell. */
function soFarRuns(ctx: SentenceContext, v: IndicatorVerdict, p: ProgressVerdict): Run[] {
  const years: Run[] = [];
  yearsSoFar(v).forEach((y, k) => {
    if (k > 0) years.push(plain("; "));
    years.push(plain(`${y.schoolYear}: `), ...figureRuns(ctx, v.indicator, y.figure));
  });
  if (years.length === 0 && v.indicator.termResult.text)
    years.push(...figureRuns(ctx, v.indicator, v.indicator.termResult));
  else if (p.soFar && p.remains !== undefined) years.push(plain(` (${K.midterm.soFar(p.soFar)})`));
  return years.length ? years : [plain("–")];
}

/** The table: target, the years so far, on track or behind, what remains. */
export function progressTable(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
  termYears: number,
): void {
  const rows = verdicts
    .filter((v) => v.indicator.target.text !== "" && v.term.judgement !== "noTarget")
    .map((v) => {
      const p = progressOf(v, termYears);
      const flagged = p.progress === "behind" || p.progress === "gap";
      return [
        [plain(`${v.indicator.label}: `), ...targetRuns(ctx, v.indicator)],
        soFarRuns(ctx, v, p),
        [{ text: K.midterm.progress[p.progress], bold: flagged }],
        [plain(remainsText(ctx, v, p))],
      ];
    });
  if (rows.length)
    o.push({ kind: "table", header: K.midterm.tableHeaders, rows, widths: [34, 30, 16, 20] });
}

/** The indicators behind, as bullets; then those that cannot be judged for a blank year. */
export function behindList(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
  termYears: number,
) {
  const targeted = verdicts
    .filter((v) => v.indicator.target.text !== "")
    .map((v) => [v, progressOf(v, termYears)] as const);
  const behind = targeted.filter(([, p]) => p.progress === "behind");
  if (behind.length) {
    o.paragraph([{ text: K.midterm.behindIntro, italic: true }]);
    for (const [v] of behind)
      o.bullet([
        plain(`${v.indicator.label} (${DRAFT.targetWas(runsText(targetRuns(ctx, v.indicator)))}).`),
      ]);
  }
  const gaps = targeted.filter(([, p]) => p.progress === "gap");
  if (gaps.length) {
    o.paragraph([{ text: K.midterm.gapIntro, italic: true }]);
    for (const [v, p] of gaps)
      o.bullet([plain(`${v.indicator.label} (${K.midterm.gapYears(p.gapYears.join(", "))}).`)]);
  }
}
