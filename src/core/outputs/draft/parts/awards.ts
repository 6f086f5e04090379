/** Awards in the draft: pupils' prizes (lines, table, chart), titles, personal awards. */
import { DRAFT } from "../../../i18n/messages.js";
import type { Analysis } from "../../../judge/analyse.js";
import { LEVEL_LABELS, RECIPIENT_LABELS } from "../../../vocabulary/vi.js";
import { formatNumber } from "../../../workbook/format.js";
import type { Award, Workbook } from "../../../workbook/model.js";
import { LEVEL_ORDER, type LevelKey } from "../../../workbook/schema.js";
import { barChartSvg, CHART_SIZE, prizeChart } from "../../chart.js";
import type { DraftImage, Run } from "../model.js";
import type { Outline } from "../outline.js";
import { upperFirst } from "../sentences.js";

export const PRIZE_CHART_ID = "giai-thuong";

const plain = (text: string): Run => ({ text });

function levelWord(level: LevelKey | "other", typed?: string): string {
  if (level !== "other" && (!typed || typed === LEVEL_LABELS[level]))
    return DRAFT.levelWords[level];
  if (!typed) return DRAFT.levelWords.other;
  return typed.toLowerCase().startsWith(DRAFT.levelPrefix)
    ? typed
    : `${DRAFT.levelPrefix} ${typed}`;
}

function typedLevel(w: Workbook, level: LevelKey | "other"): string | undefined {
  return w.awards.find((a) => (a.level ?? "other") === level)?.levelText;
}

/** Pupils' prizes per year and level: a line per year, a table and the chart. */
export function prizes(o: Outline, a: Analysis): void {
  const w = a.workbook;
  const cells = a.evaluation.awards.cells.filter(
    (c) => c.recipient === "pupil" && c.schoolYear !== "",
  );
  if (cells.length === 0) return;
  const levels = [...LEVEL_ORDER, "other" as const].filter((l) => cells.some((c) => c.level === l));
  const count = (y: string, l: LevelKey | "other") =>
    cells.filter((c) => c.schoolYear === y && c.level === l).reduce((s, c) => s + c.count, 0);
  const word = (l: LevelKey | "other") => levelWord(l, typedLevel(w, l));
  for (const y of w.schoolYears) {
    const here = levels.map((l) => ({ l, n: count(y, l) })).filter((x) => x.n > 0);
    if (here.length === 0) continue;
    const list = here.map((x) => DRAFT.prizeLevel(formatNumber(x.n), word(x.l))).join(", ");
    o.bullet([plain(DRAFT.prizeYear(y, list))]);
  }
  o.push({
    kind: "table",
    header: [DRAFT.prizeTableYear, ...levels.map((l) => upperFirst(word(l)))],
    rows: w.schoolYears.map((y) => [
      [plain(y)],
      ...levels.map((l) => [plain(formatNumber(count(y, l)))]),
    ]),
    widths: [30, ...levels.map(() => 70 / levels.length)],
  });
  const chart = prizeChart(a.evaluation.awards, w.schoolYears);
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
