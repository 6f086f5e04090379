/**
 * One school year's results (Báo cáo tổng kết năm học): each indicator's figure of that year,
 * judged against its target, compared with the year before ("tăng 2,4 điểm phần trăm so với
 * năm học trước"). A difference is written only when both years hold one number.
 */
import { KIND_TEXTS as K } from "../../../i18n/draft-kinds.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { IndicatorVerdict } from "../../../judge/evaluate.js";
import { JUDGEMENT_LABELS, JUDGEMENT_PHRASES } from "../../../vocabulary/vi.js";
import { formatNumber } from "../../../workbook/format.js";
import type { Run } from "../model.js";
import type { Outline } from "../outline.js";
import {
  figureRuns,
  hasContent,
  missingRun,
  type SentenceContext,
  targetText,
  unitSuffix,
  upperFirst,
} from "../sentences.js";

const plain = (text: string): Run => ({ text });

/** "tăng 2,4 điểm phần trăm so với năm học trước", or "" without two numbers to compare. */
export function comparedWithBefore(v: IndicatorVerdict, year: string, before?: string): string {
  const now = v.years.find((y) => y.schoolYear === year)?.value;
  const then = before ? v.years.find((y) => y.schoolYear === before)?.value : undefined;
  if (now == null || then == null) return "";
  // Rounded to the hundredth: 99,6 − 97,2 is 2,4, not 2,4000000000000057.
  const diff = Math.round((now - then) * 100) / 100;
  if (diff === 0) return K.year.same;
  const unit = v.indicator.unit === "percent" ? K.year.points : unitSuffix(v.indicator);
  const text = `${formatNumber(Math.abs(diff))}${unit}`;
  if (v.indicator.unit === "rank") return diff < 0 ? K.year.rankUp(text) : K.year.rankDown(text);
  return diff > 0 ? K.year.up(text) : K.year.down(text);
}

function yearOf(v: IndicatorVerdict, year: string) {
  return v.years.find((y) => y.schoolYear === year);
}

/** The sentence of one indicator for the year. */
function yearRuns(ctx: SentenceContext, v: IndicatorVerdict, year: string, before?: string): Run[] {
  const i = v.indicator;
  const y = yearOf(v, year);
  const figure = y ? figureRuns(ctx, i, y.figure) : [missingRun(ctx.tab, "")];
  const runs: Run[] = [plain(`${upperFirst(i.label)}: `), ...figure];
  const judged = y?.judgement && y.judgement !== "noTarget" && i.target.text !== "";
  if (judged)
    runs.push(
      plain(` (${DRAFT.targetWas(targetText(i))}: `),
      { text: JUDGEMENT_PHRASES[y!.judgement!], bold: true },
      plain(")"),
    );
  const compared = comparedWithBefore(v, year, before);
  if (compared) runs.push(plain(`, ${compared}`));
  runs.push(plain("."));
  return runs;
}

/** Lines of the year's results, then a table: target, this year, the year before, judgement. */
export function yearResults(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
  year: string | undefined,
  before: string | undefined,
): void {
  if (!year) return;
  const shown = verdicts.filter(
    (v) =>
      hasContent(v) &&
      yearOf(v, year) &&
      (yearOf(v, year)!.figure.text !== "" || v.indicator.target.text !== ""),
  );
  for (const v of shown) o.bullet(yearRuns(ctx, v, year, before));
  const rows = shown
    .filter((v) => v.indicator.target.text !== "")
    .map((v) => {
      const y = yearOf(v, year)!;
      const prior = before ? yearOf(v, before) : undefined;
      return [
        [plain(`${v.indicator.label}: ${v.indicator.target.text}`)],
        figureRuns(ctx, v.indicator, y.figure),
        prior ? figureRuns(ctx, v.indicator, prior.figure) : [plain("–")],
        [
          {
            text: y.judgement ? JUDGEMENT_LABELS[y.judgement] : "–",
            bold: y.judgement === "notMet",
          },
        ],
      ];
    });
  if (rows.length)
    o.push({
      kind: "table",
      header: [
        DRAFT.tableHeaders[0],
        K.year.column(year),
        before ? K.year.column(before) : K.year.before,
        DRAFT.tableHeaders[2],
      ],
      rows,
      widths: [40, 20, 20, 20],
    });
}
