/** Awards in the draft: pupils' prizes (lines, table, chart), titles, personal awards. */
import { DRAFT } from "../../../i18n/messages.js";
import type { Analysis } from "../../../judge/analyse.js";
import { RECIPIENT_LABELS } from "../../../vocabulary/vi.js";
import { formatNumber } from "../../../workbook/format.js";
import { levelNaming, levelWord } from "../../../workbook/levels.js";
import type { Award, Workbook } from "../../../workbook/model.js";
import { barChartSvg, CHART_SIZE, prizeChart, prizeCounts } from "../../chart.js";
import type { DraftImage, Run } from "../model.js";
import type { Outline } from "../outline.js";
import { upperFirst } from "../sentences.js";

export const PRIZE_CHART_ID = "giai-thuong";

const plain = (text: string): Run => ({ text });

/** Pupils' prizes per year and level: a line per year, a table and the chart. */
export function prizes(o: Outline, a: Analysis): void {
  const w = a.workbook;
  const levels = prizeCounts(a.evaluation.awards, w);
  if (levels.length === 0) return;
  const naming = levelNaming(w.info, w.awards);
  w.schoolYears.forEach((y, k) => {
    const here = levels.filter((l) => (l.counts[k] ?? 0) > 0);
    if (here.length === 0) return;
    const list = here
      .map((l) => DRAFT.prizeLevel(formatNumber(l.counts[k]!), levelWord(l.level, naming, [y])))
      .join(", ");
    o.bullet([plain(DRAFT.prizeYear(y, list))]);
  });
  // A year with no line for a level is a gap ("–"), never 0; a typed 0 reads 0.
  const cell = (n: number | null | undefined) => [
    plain(n == null ? DRAFT.noLine : formatNumber(n)),
  ];
  o.push({
    kind: "table",
    header: [DRAFT.prizeTableYear, ...levels.map((l) => upperFirst(l.word))],
    rows: w.schoolYears.map((y, k) => [[plain(y)], ...levels.map((l) => cell(l.counts[k]))]),
    widths: [30, ...levels.map(() => 70 / levels.length)],
  });
  const chart = prizeChart(a.evaluation.awards, w);
  if (!chart) return;
  o.push({ kind: "image", id: PRIZE_CHART_ID, caption: DRAFT.chartCaption });
  const image: DraftImage = { id: PRIZE_CHART_ID, svg: barChartSvg(chart), ...CHART_SIZE };
  o.image(image);
}

function recipientName(a: Award): string {
  return a.recipient ? RECIPIENT_LABELS[a.recipient] : a.recipientText;
}

/** Titles of the school and its organisations: "Công đoàn: năm học 2019-2020, 2020-2021 đạt …". */
export function titles(o: Outline, w: Workbook): void {
  const kinds = new Set(["school", "union", "youth", "pioneers", "cell"]);
  const list = w.awards.filter((a) => a.recipient && kinds.has(a.recipient));
  const who = [...new Set(list.map(recipientName))];
  for (const name of who) {
    const mine = list.filter((a) => recipientName(a) === name);
    const byAward = new Map<string, string[]>();
    for (const a of mine)
      byAward.set(a.award, [...(byAward.get(a.award) ?? []), a.schoolYear ?? ""]);
    const parts = [...byAward.entries()].map(([award, years]) => {
      const ys = years.filter(Boolean);
      return ys.length ? DRAFT.titleYear(ys.join(", "), award) : `${award} (${DRAFT.wholeTerm})`;
    });
    o.bullet([plain(DRAFT.titleLine(name, parts.join("; ")))]);
  }
}

/** Awards of people (teachers, staff, members). */
export function personalAwards(o: Outline, w: Workbook): void {
  const kinds = new Set(["teacher", "staff", "member"]);
  const list = w.awards.filter((a) => !a.recipient || kinds.has(a.recipient));
  const who = [...new Set(list.map(recipientName))];
  for (const name of who) {
    const parts = list
      .filter((a) => recipientName(a) === name)
      .map((a) =>
        DRAFT.awardItem(
          a.count > 1 ? formatNumber(a.count) : "",
          a.award,
          a.schoolYear ? DRAFT.year(a.schoolYear) : "",
        ),
      );
    o.bullet([plain(DRAFT.awardLine(name, parts.join("; ")))]);
  }
}
