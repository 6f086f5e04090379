/** Awards in the draft: pupils' prizes (lines, table, chart), titles, personal awards. */

import { foldKey, matchKey } from "../../../base/text.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { Analysis } from "../../../judge/analyse.js";
import { RECIPIENT_ALIASES, RECIPIENT_LABELS } from "../../../vocabulary/vi.js";
import { PERSON_AWARD_WORDS } from "../../../vocabulary/words.js";
import { formatNumber } from "../../../workbook/format.js";
import { levelNaming, levelWord } from "../../../workbook/levels.js";
import type { Award, Workbook } from "../../../workbook/model.js";
import { barChartSvg, CHART_SIZE, prizeChart, prizeCounts } from "../../chart.js";
import type { DraftImage, Run } from "../model.js";
import type { Outline } from "../outline.js";
import { lowerStart, upperFirst } from "../sentences.js";

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

/** Whether an award's words begin with one of these (folded: case, marks, NFD aside). */
function beginsWith(award: string, words: readonly string[]): boolean {
  const a = foldKey(award);
  return words.some((w) => a === foldKey(w) || a.startsWith(`${foldKey(w)} `));
}

/** The recipient's words: its label and what people type for it ("GV"). */
function recipientWords(a: Award): string[] {
  if (!a.recipient) return a.recipientText ? [a.recipientText] : [];
  return [RECIPIENT_LABELS[a.recipient], ...(RECIPIENT_ALIASES[a.recipient] ?? [])];
}

/** "năm học 2020-2021 có 2 đồng chí (đồng chí A, đồng chí B)", or "… (2 lượt)". */
function awardItem(a: Award, people: boolean): string {
  const when = a.schoolYear ? DRAFT.year(a.schoolYear) : DRAFT.wholeTerm;
  const names = a.names ? a.names.split(/\s*[;,\n]\s*/).filter(Boolean) : [];
  if (people)
    return (
      DRAFT.awardPeople(when, formatNumber(a.count)) +
      (names.length ? DRAFT.memberNames(names) : "")
    );
  return a.count > 1 ? DRAFT.awardTimes(when, formatNumber(a.count)) : when;
}

/**
 * Awards of people (teachers, staff, members), one bullet per award as a report writes them:
 * "Giáo viên dạy giỏi cấp huyện: năm học 2020-2021 có 2 đồng chí (đồng chí …), năm học
 * 2021-2022 có 1 đồng chí (…)". The count is said whatever it is (1 too), with the names the
 * sheet gives; an award that is not a title of people ("chuyên đề …") is said as had.
 */
export function personalAwards(o: Outline, w: Workbook): void {
  const kinds = new Set(["teacher", "staff", "member"]);
  const list = w.awards.filter((a) => !a.recipient || kinds.has(a.recipient));
  const groups = new Map<string, Award[]>();
  for (const a of list) {
    const key = `${recipientName(a)}\u0000${matchKey(a.award)}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  for (const lines of groups.values()) {
    const first = lines[0]!;
    const who = recipientName(first);
    const named = beginsWith(first.award, recipientWords(first));
    const people =
      named || beginsWith(first.award, PERSON_AWARD_WORDS) || lines.some((a) => a.names);
    const award = lowerStart(first.award);
    const head = named
      ? upperFirst(first.award)
      : who
        ? (people ? DRAFT.awardHeld : DRAFT.awardHad)(who, award)
        : upperFirst(first.award);
    const items = lines.map((a) => awardItem(a, people));
    o.bullet([
      plain(
        !people && lines.length === 1
          ? DRAFT.awardOnce(head, items[0]!)
          : DRAFT.awardLine(head, items.join("; ")),
      ),
    ]);
  }
}
