/** Award tallies: counts by school year × level × recipient kind, and their yearly series. */

import { countedLevel, levelExists } from "../workbook/levels.js";
import type { AwardTally, Figure, Indicator, Workbook } from "../workbook/model.js";
import { LEVEL_ORDER, type LevelKey, tabDef } from "../workbook/schema.js";
import { judgeSeries, lowerIsBetter } from "./series.js";
import type { AwardCell, AwardSeries, AwardSummary, IndicatorVerdict } from "./verdict.js";

function levelRank(l: string): number {
  const i = LEVEL_ORDER.indexOf(l as LevelKey);
  return i < 0 ? LEVEL_ORDER.length : i;
}

function tallyCells(w: Workbook): AwardCell[] {
  const tally = new Map<string, AwardCell>();
  for (const a of w.awards) {
    const cell = {
      schoolYear: a.schoolYear ?? "",
      level: a.level ?? ("other" as const),
      recipient: a.recipient ?? ("other" as const),
    };
    const key = `${cell.schoolYear}|${cell.level}|${cell.recipient}`;
    const prev = tally.get(key);
    tally.set(key, { ...cell, count: (prev?.count ?? 0) + a.count });
  }
  return [...tally.values()].sort(
    (a, b) =>
      a.schoolYear.localeCompare(b.schoolYear) ||
      levelRank(a.level) - levelRank(b.level) ||
      a.recipient.localeCompare(b.recipient),
  );
}

/** The sum of some tallied cells; null when there are none (no line is not a line of 0). */
function countOf(cells: readonly AwardCell[]): number | null {
  return cells.length === 0 ? null : cells.reduce((s, c) => s + c.count, 0);
}

/** A series' counts in the years its level existed: a district ends with the 2025 reform. */
function countsInPeriod(
  counts: readonly (number | null)[],
  level: AwardCell["level"],
  schoolYears: readonly string[],
): (number | null)[] {
  return counts.filter((_, k) => level === "other" || levelExists(level, schoolYears[k]!));
}

/** Each recipient × level with awards in at least two school years, counted per year. */
function seriesOf(cells: readonly AwardCell[], schoolYears: readonly string[]): AwardSeries[] {
  const seriesKeys = new Map<
    string,
    { recipient: AwardCell["recipient"]; level: AwardCell["level"] }
  >();
  for (const c of cells) {
    if (c.schoolYear !== "")
      seriesKeys.set(`${c.recipient}|${c.level}`, { recipient: c.recipient, level: c.level });
  }
  const series: AwardSeries[] = [];
  for (const { recipient, level } of seriesKeys.values()) {
    const counts = schoolYears.map((y) =>
      countOf(
        cells.filter((c) => c.schoolYear === y && c.recipient === recipient && c.level === level),
      ),
    );
    if (counts.filter((n) => n !== null).length < 2) continue;
    const judged = judgeSeries(countsInPeriod(counts, level, schoolYears), false);
    // Judged only where an indicator sets a yearly-growth target on it (judgeAwardSeries).
    series.push({ recipient, level, counts, judgement: "noTarget", growth: judged.term.gap ?? 0 });
  }
  series.sort((a, b) => levelRank(a.level) - levelRank(b.level));
  return series;
}

/** Tallies awards by school year × level × recipient kind, and finds their yearly series. */
export function summariseAwards(w: Workbook): AwardSummary {
  const cells = tallyCells(w);
  const totalsByYear: Record<string, number> = {};
  for (const c of cells) totalsByYear[c.schoolYear] = (totalsByYear[c.schoolYear] ?? 0) + c.count;
  const series = seriesOf(cells, w.schoolYears);
  return { cells, totalsByYear, total: cells.reduce((s, c) => s + c.count, 0), series };
}

/**
 * An indicator's figure for one school year, counted from the award lines it names; no
 * figure when the sheet has no such line for the year. A level that had ceased that year
 * (the district, from the 2025 reform) is counted at the level that replaced it, and the
 * figure says so (`tally.replaces`).
 */
export function figureOfTally(
  awards: AwardSummary,
  source: NonNullable<Indicator["source"]>,
  year: string,
  cell: string,
): Figure {
  const level = source.level && countedLevel(source.level, year);
  const n = countOf(
    awards.cells.filter(
      (c) =>
        c.schoolYear === year &&
        (level === undefined || c.level === level) &&
        (source.recipient === undefined || c.recipient === source.recipient),
    ),
  );
  const tally: AwardTally = {
    tab: tabDef("awards").name,
    schoolYear: year,
    ...(source.recipient ? { recipient: source.recipient } : {}),
    ...(level ? { level } : {}),
    ...(level && level !== source.level ? { replaces: source.level } : {}),
  };
  // No line for the year is no figure, never 0: the year has no data, and what is missing is
  // a line in the awards tab (named by its year, recipient and level), not the typed cell.
  if (n === null) return { measure: null, text: "", cell, tally };
  return {
    measure: { kind: "amount", low: n, high: n, lowOpen: false, highOpen: false, percent: false },
    text: String(n),
    cell,
    ...(tally.replaces ? { tally } : {}),
  };
}

/** Judges each award series an indicator sets a yearly-growth target on. */
export function judgeAwardSeries(
  series: readonly AwardSeries[],
  indicators: readonly IndicatorVerdict[],
  schoolYears: readonly string[],
): AwardSeries[] {
  return series.map((s) => {
    const target = indicators.find(
      (v) =>
        v.indicator.source &&
        (v.indicator.kind === "increase" || v.indicator.kind === "decrease") &&
        (v.indicator.source.recipient ?? s.recipient) === s.recipient &&
        (v.indicator.source.level ?? s.level) === s.level,
    );
    // The indicator may cover several series ("Giải thưởng: Học sinh", every level): each
    // series is judged on its own counts, in the indicator's direction.
    return target
      ? {
          ...s,
          judgement: judgeSeries(
            countsInPeriod(s.counts, s.level, schoolYears),
            lowerIsBetter(target.indicator),
          ).term.judgement,
        }
      : s;
  });
}
