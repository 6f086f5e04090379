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
import type { IndicatorVerdict } from "../../../judge/evaluate.js";
import { formatNumber } from "../../../workbook/format.js";
import type { Run } from "../model.js";
import type { Outline } from "../outline.js";
import { figureRuns, type SentenceContext } from "../sentences.js";

const plain = (text: string): Run => ({ text });

export type Progress = "onTrack" | "behind" | "reached" | "notDue" | "noData";

function targetNumber(v: IndicatorVerdict): number | null {
  const m = v.indicator.target.measure;
  if (m?.kind !== "amount") return null;
  return m.low ?? m.high;
}

export interface ProgressVerdict {
  readonly progress: Progress;
  /** The figure so far, as the sentence writes it. */
  readonly soFar: string;
  /** What remains to reach the target, when it is a number. */
  readonly remains?: number;
  /** Years that fell short of an each-year target. */
  readonly shortYears: readonly string[];
}

/** How far one indicator has come, given how many of the term's years have data. */
export function progressOf(v: IndicatorVerdict, termYears: number): ProgressVerdict {
  const withData = v.years.filter((y) => y.figure.text !== "" || y.figure.measure !== null);
  const values = v.years.map((y) => y.value).filter((x): x is number => x !== null);
  const target = targetNumber(v);
  const scope = v.indicator.scope;
  const share = termYears > 0 ? withData.length / termYears : 0;
  if (withData.length === 0) {
    // Only a figure for the term so far ("Kết quả cả nhiệm kỳ"): judged as the term is.
    const t = v.indicator.termResult;
    if (!t.text) return { progress: "noData", soFar: "", shortYears: [] };
    const j = v.term.judgement;
    const progress = j === "notMet" ? "behind" : j === "noData" ? "noData" : "onTrack";
    return { progress, soFar: t.text, shortYears: [] };
  }
  if ((scope.key === "term" || scope.key === "termEnd") && target !== null && values.length) {
    const soFar = scope.key === "term" ? values.reduce((s, x) => s + x, 0) : values.at(-1)!;
    const remains = Math.max(0, Math.round((target - soFar) * 100) / 100);
    const progress = soFar >= target ? "reached" : soFar >= target * share ? "onTrack" : "behind";
    return { progress, soFar: formatNumber(soFar), remains, shortYears: [] };
  }
  if (scope.key === "average" && target !== null && values.length) {
    const mean = Math.round((values.reduce((s, x) => s + x, 0) / values.length) * 100) / 100;
    return {
      progress: mean >= target ? "onTrack" : "behind",
      soFar: formatNumber(mean),
      shortYears: [],
    };
  }
  if (scope.key === "schoolYear" && scope.schoolYear) {
    const y = v.years.find((x) => x.schoolYear === scope.schoolYear);
    if (!y || y.judgement === null) return { progress: "notDue", soFar: "", shortYears: [] };
    return {
      progress: y.judgement === "notMet" ? "behind" : "reached",
      soFar: y.figure.text,
      shortYears: [],
    };
  }
  const short = v.years.filter((y) => y.judgement === "notMet").map((y) => y.schoolYear);
  return { progress: short.length ? "behind" : "onTrack", soFar: "", shortYears: short };
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
      const years: Run[] = [];
      v.years
        .filter((y) => y.figure.text !== "" || y.figure.measure)
        .forEach((y, k) => {
          if (k > 0) years.push(plain("; "));
          years.push(plain(`${y.schoolYear}: `), ...figureRuns(ctx, v.indicator, y.figure));
        });
      if (years.length === 0 && v.indicator.termResult.text)
        years.push(...figureRuns(ctx, v.indicator, v.indicator.termResult));
      else if (p.soFar && p.remains !== undefined)
        years.push(plain(` (${K.midterm.soFar(p.soFar)})`));
      const remains =
        p.progress === "reached"
          ? K.midterm.nothingLeft
          : p.remains !== undefined
            ? formatNumber(p.remains)
            : p.progress === "noData"
              ? "–"
              : p.shortYears.length
                ? K.midterm.shortYears(p.shortYears.join(", "))
                : K.midterm.keepLevel(v.indicator.target.text);
      return [
        [plain(`${v.indicator.label}: ${v.indicator.target.text}`)],
        years.length ? years : [plain("–")],
        [{ text: K.midterm.progress[p.progress], bold: p.progress === "behind" }],
        [plain(remains)],
      ];
    });
  if (rows.length)
    o.push({ kind: "table", header: K.midterm.tableHeaders, rows, widths: [34, 30, 16, 20] });
}

/** The indicators behind, as bullets. */
export function behindList(o: Outline, verdicts: readonly IndicatorVerdict[], termYears: number) {
  const behind = verdicts.filter(
    (v) => v.indicator.target.text !== "" && progressOf(v, termYears).progress === "behind",
  );
  if (!behind.length) return;
  o.paragraph([{ text: K.midterm.behindIntro, italic: true }]);
  for (const v of behind)
    o.bullet([plain(`${v.indicator.label} (${DRAFT.targetWas(v.indicator.target.text)}).`)]);
}
