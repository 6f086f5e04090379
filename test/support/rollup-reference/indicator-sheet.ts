/**
 * One tab per common indicator: a row per school (its target, each school year's result and
 * judgement, the term's judgement, the school's average and range over its years), sorted best
 * first, then the area's average and range for each school year.
 */

import { toTwelveDigits } from "../../../src/core/base/numbers.js";
import { ROLLUP } from "../../../src/core/i18n/rollup.js";
import type { Judgement } from "../../../src/core/judge/evaluate.js";
import { SCHOOL_LEVEL_LABELS, SCHOOL_LEVEL_SHORT } from "../../../src/core/vocabulary/vi.js";
import type { UnitKind } from "../../../src/core/workbook/parse.js";
import type { Rollup } from "./accumulate.js";
import {
  blank,
  byName,
  figure,
  judged,
  levelName,
  padded,
  type RollupCell,
  type RollupSheet,
  sheet,
  text,
  traceText,
  wrapped,
} from "./cells.js";
import type { IndicatorGroup } from "./match.js";
import { type RollupFigure, type RollupIndicator, type SchoolRecord, traceOf } from "./record.js";

/** Best first: the order of a sorted indicator tab. */
const RANK: Readonly<Record<Judgement, number>> = {
  exceeded: 0,
  met: 1,
  notMet: 2,
  noData: 3,
  noTarget: 4,
};

interface Entry {
  readonly school: SchoolRecord;
  readonly indicator: RollupIndicator;
}

/** The school years of a group's schools, oldest first. */
function yearsOf(entries: readonly Entry[]): string[] {
  const years = new Set<string>();
  for (const e of entries) for (const y of e.school.schoolYears) years.add(y);
  return [...years].sort();
}

function yearFigure(e: Entry, year: string): RollupFigure | undefined {
  const k = e.school.schoolYears.indexOf(year);
  return k < 0 ? undefined : e.indicator.years[k];
}

/** The latest figure with a value: what a best-first sort compares. */
function latestValue(e: Entry): number | null {
  for (let k = e.indicator.years.length - 1; k >= 0; k--) {
    const v = e.indicator.years[k]!.value;
    if (v !== null) return v;
  }
  return null;
}

function sortEntries(entries: Entry[]): Entry[] {
  return entries.sort((a, b) => {
    const rank = RANK[a.indicator.judgement] - RANK[b.indicator.judgement];
    if (rank !== 0) return rank;
    const va = latestValue(a);
    const vb = latestValue(b);
    if (va !== null && vb !== null && va !== vb) {
      return a.indicator.lowerIsBetter ? va - vb : vb - va;
    }
    if ((va === null) !== (vb === null)) return va === null ? 1 : -1;
    return byName(a.school.name, b.school.name);
  });
}

/** A computed figure (an average) in the unit's format: grey, and with no origin. */
function computedValue(n: number, unit: UnitKind, percent: boolean): RollupCell {
  if (percent) return { v: toTwelveDigits(n / 100), f: "percent", computed: true };
  if (unit === "money") return { v: Math.round(n), f: "money", computed: true };
  return { v: toTwelveDigits(n), f: "number", computed: true };
}

function isPercent(f: RollupFigure | undefined): boolean {
  return f?.f === "percent";
}

/** The lowest and highest of figures with values, and their mean. */
function spread<T extends { figure: RollupFigure }>(
  items: readonly T[],
): { low: T; high: T; mean: number; percent: boolean } | undefined {
  const valued = items.filter((i) => i.figure.value !== null);
  if (valued.length === 0) return undefined;
  let low = valued[0]!;
  let high = valued[0]!;
  let sum = 0;
  for (const i of valued) {
    if (i.figure.value! < low.figure.value!) low = i;
    if (i.figure.value! > high.figure.value!) high = i;
    sum += i.figure.value!;
  }
  return {
    low,
    high,
    mean: sum / valued.length,
    percent: valued.every((i) => isPercent(i.figure)),
  };
}

function sourceText(e: Entry, years: readonly string[]): string {
  const parts: string[] = [];
  const target = e.indicator.target;
  if (target.text && target.at) parts.push(ROLLUP.targetCell(traceText(traceOf(target))));
  for (const y of years) {
    const f = yearFigure(e, y);
    if (f?.text && f.at !== undefined && f.at.length > 0) {
      parts.push(ROLLUP.yearCell(y, traceText(traceOf(f))));
    }
  }
  const term = e.indicator.termResult;
  if (term?.at) parts.push(ROLLUP.yearCell(ROLLUP.termResult, traceText(traceOf(term))));
  return parts.join("; ");
}

function schoolRow(e: Entry, n: number, years: readonly string[], width: number): RollupCell[] {
  const f = e.school.file;
  const cells: RollupCell[] = [
    { v: n, f: "integer" },
    wrapped(e.school.name),
    text(levelName(e.school)),
    text(e.indicator.code),
    figure(e.indicator.target, f),
  ];
  for (const y of years) {
    const yf = yearFigure(e, y);
    // A tracked indicator (no target) has figures but no judgements to repeat each year.
    // A blank year is "chưa có số liệu" only when no term result stands for the years.
    const shown = yf && (yf.text !== "" || !e.indicator.termResult);
    const j = shown && e.indicator.judgement !== "noTarget" ? yf.judgement : null;
    cells.push(figure(yf, f), judged(j));
  }
  cells.push(figure(e.indicator.termResult, f), judged(e.indicator.judgement));
  const s = spread(e.indicator.years.map((figure) => ({ figure })));
  if (s) {
    cells.push(
      computedValue(s.mean, e.indicator.unit, s.percent),
      figure(s.low.figure, f),
      figure(s.high.figure, f),
    );
  } else cells.push(blank, blank, blank);
  cells.push(text(f), wrapped(sourceText(e, years)));
  return padded(cells, width);
}

/** The rows under the schools: for each school year, the area's average, lowest and highest. */
function areaRows(entries: readonly Entry[], years: readonly string[], width: number) {
  const first = 5;
  const rows = {
    mean: padded([blank, text(ROLLUP.areaAverage)], width),
    low: padded([blank, text(ROLLUP.areaLowest)], width),
    high: padded([blank, text(ROLLUP.areaHighest)], width),
    met: padded([blank, text(ROLLUP.areaCount)], width),
  };
  const lowWhere: string[] = [];
  const highWhere: string[] = [];
  years.forEach((y, k) => {
    const items = entries.flatMap((e) => {
      const figure = yearFigure(e, y);
      return figure ? [{ e, figure }] : [];
    });
    const col = first + 2 * k;
    const judgedItems = items.filter(
      (i) => i.figure.judgement && i.figure.judgement !== "noTarget",
    );
    const met = judgedItems.filter(
      (i) => i.figure.judgement === "met" || i.figure.judgement === "exceeded",
    ).length;
    const withData = judgedItems.filter((i) => i.figure.judgement !== "noData").length;
    if (withData > 0) rows.met[col + 1] = text(ROLLUP.metOf(met, withData));
    const s = spread(items);
    if (!s) return;
    rows.mean[col] = computedValue(s.mean, entries[0]!.indicator.unit, s.percent);
    rows.low[col] = figure(s.low.figure, s.low.e.school.file);
    rows.high[col] = figure(s.high.figure, s.high.e.school.file);
    const where = (i: { e: Entry; figure: RollupFigure }) =>
      ROLLUP.yearCell(y, `${i.e.school.name} (${i.e.school.file} ${traceText(traceOf(i.figure))})`);
    lowWhere.push(where(s.low));
    highWhere.push(where(s.high));
  });
  rows.low[width - 1] = wrapped(lowWhere.join("; "));
  rows.high[width - 1] = wrapped(highWhere.join("; "));
  return [rows.mean, rows.low, rows.high, rows.met];
}

/** The tab's name: code and label, with the level's prefix when levels are mixed. */
function tabName(first: RollupIndicator, group: IndicatorGroup, mixed: boolean): string {
  const prefix = mixed ? `${group.levels.map((l) => SCHOOL_LEVEL_SHORT[l]).join("+")} ` : "";
  return `${prefix}${first.code} ${first.label}`;
}

export function indicatorSheet(r: Rollup, g: number, mixedLevels: boolean): RollupSheet {
  const group = r.groups[g]!;
  const entries = sortEntries(
    group.members.map((m) => {
      const school = r.schools[m.school]!;
      return { school, indicator: school.indicators[m.indicator]! };
    }),
  );
  const first = r.schools[group.members[0]!.school]!.indicators[group.members[0]!.indicator]!;
  const years = yearsOf(entries);
  const header = [
    ROLLUP.number,
    ROLLUP.unit,
    ROLLUP.level,
    ROLLUP.code,
    ROLLUP.target,
    ...years.flatMap((y) => [ROLLUP.result(y), ROLLUP.judgementOf(y)]),
    ROLLUP.termResult,
    ROLLUP.termJudgement,
    ROLLUP.average,
    ROLLUP.lowest,
    ROLLUP.highest,
    ROLLUP.file,
    ROLLUP.cells,
  ];
  const width = header.length;
  const widths = [5, 30, 10, 7, 14, ...years.flatMap(() => [11, 16]), 11, 16, 11, 10, 10, 22, 40];
  const codes = [...new Set(entries.map((e) => e.indicator.code))];
  const title = ROLLUP.indicatorTitle(first.code, first.label, first.unitText ?? "");
  const subtitle = ROLLUP.indicatorSubtitle(
    group.levels.map((l) => SCHOOL_LEVEL_LABELS[l]).join(", "),
    entries.length,
    codes.length > 1 ? codes.join(", ") : "",
  );
  const area = areaRows(entries, years, width);
  return sheet(
    tabName(first, group, mixedLevels),
    header,
    widths,
    entries.length + 7,
    function* () {
      yield padded([text(`${title} — ${subtitle}`)], width);
      yield header.map(text);
      let n = 0;
      for (const e of entries) yield schoolRow(e, ++n, years, width);
      yield padded([], width);
      yield* area;
    },
  );
}
