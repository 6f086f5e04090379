/**
 * One school reduced to what the roll-up prints: each figure with the tab and cells it came
 * from, the judgements, the award, funding and membership figures, and its open problems.
 * The parsed workbook is not kept; of the record, only the summary stays in memory (the
 * accumulator spills the rest to its store), so memory does not grow with the indicators,
 * tallies and problems of a thousand schools.
 */

import type { Problem, Severity } from "../../base/problems.js";
import { a1, matchKey } from "../../base/text.js";
import type { Analysis } from "../../judge/analyse.js";
import type { IndicatorVerdict, Judgement } from "../../judge/evaluate.js";
import { lowerIsBetter } from "../../judge/series.js";
import { TAB_NAMES } from "../../vocabulary/vi.js";
import type { Award, Figure, Workbook } from "../../workbook/model.js";
import type { UnitKind } from "../../workbook/parse.js";
import type {
  FundingSourceKey,
  LevelKey,
  MemberItemKey,
  TabKey,
  TargetKind,
} from "../../workbook/schema.js";
import { type ArchiveCell, figureCell } from "../archive-cells.js";
import { type LevelSource, type SchoolLevelKey, schoolLevel } from "./level.js";

/** Where a figure came from in its school's file: one cell, or the cells it sums. */
export interface Trace {
  readonly tab: string;
  readonly cells: readonly string[];
}

/**
 * A figure as the roll-up prints it: the archive's value (a number shown by `f`, or the text
 * as typed) and where it came from. Flat, with no nested objects: it is stored as a line of
 * JSON, a quarter of a million of them for a thousand schools.
 */
export interface RollupFigure {
  /** As typed; "" for an empty cell. */
  readonly text: string;
  readonly v: ArchiveCell["v"];
  readonly f: ArchiveCell["f"];
  /** The figure as one number (percent units for percents), when it is one. */
  readonly value: number | null;
  readonly judgement: Judgement | null;
  /** Undefined when the school has no such column (a year it does not report). */
  readonly tab: string | undefined;
  /** Its cell, or the cells it sums (award lines). */
  readonly at: string | readonly string[] | undefined;
}

/** A figure's origin in its school's file, when it has one. */
export function traceOf(f: RollupFigure | undefined): Trace | undefined {
  if (!f?.tab || f.at === undefined) return undefined;
  return { tab: f.tab, cells: typeof f.at === "string" ? [f.at] : f.at };
}

export interface RollupIndicator {
  readonly code: string;
  readonly label: string;
  /**
   * The label as a key (form, tone placement, case and spaces ignored), with its parent's
   * label before it for a "trong đó" share; undefined when the school uses it twice, so it
   * cannot say which one another school's label means.
   */
  readonly labelKey?: string;
  readonly unit: UnitKind;
  readonly unitText?: string;
  readonly kind: TargetKind;
  readonly lowerIsBetter: boolean;
  readonly target: RollupFigure;
  /** One figure per school year of the school, in its order. */
  readonly years: readonly RollupFigure[];
  readonly termResult?: RollupFigure;
  /** The term's judgement. */
  readonly judgement: Judgement;
}

export interface RollupAwardTally {
  /** "" for award lines with no school year. */
  readonly schoolYear: string;
  readonly level: LevelKey | "other";
  readonly count: number;
  readonly from: Trace;
}

export interface RollupFundingTally {
  readonly source: FundingSourceKey | "other";
  readonly amount: number;
  readonly from: Trace;
}

export interface RollupMemberFigure {
  readonly item: MemberItemKey;
  readonly count?: number;
  readonly value: string;
  readonly period: string;
  readonly from: Trace;
}

export interface RollupProblem {
  readonly severity: Severity;
  readonly tab: string;
  readonly cell: string;
  readonly message: string;
}

export interface SchoolRecord {
  /** The file as the user named it. */
  readonly file: string;
  /** The cell's or school's name, or the file's when Thông tin has neither. */
  readonly name: string;
  readonly level: SchoolLevelKey;
  readonly levelFrom: LevelSource;
  readonly superiorBody?: string;
  readonly superiorCommittee?: string;
  readonly term?: string;
  readonly schoolYears: readonly string[];
  /** Template tabs the workbook lacks (their names). */
  readonly missingTabs: readonly string[];
  readonly indicators: readonly RollupIndicator[];
  readonly counts: Readonly<Record<Judgement, number>>;
  readonly awards: readonly RollupAwardTally[];
  readonly funding: readonly RollupFundingTally[];
  readonly members: readonly RollupMemberFigure[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Errors, then warnings, at most {@link KEPT_PROBLEMS} of them. */
  readonly problems: readonly RollupProblem[];
}

/** What the roll-up keeps in memory of a school: its summary-tab row and the sizes of its parts. */
export interface SchoolSummary {
  readonly file: string;
  readonly name: string;
  readonly level: SchoolLevelKey;
  readonly levelFrom: LevelSource;
  readonly superiorBody?: string;
  readonly superiorCommittee?: string;
  readonly term?: string;
  readonly schoolYears: readonly string[];
  readonly missingTabs: readonly string[];
  readonly indicatorCount: number;
  readonly counts: Readonly<Record<Judgement, number>>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Problems kept in its {@link SchoolDetail} (at most {@link KEPT_PROBLEMS}). */
  readonly problemCount: number;
  /** School years of its award lines ("" for lines with none): the rows of its awards tab. */
  readonly awardYears: number;
  readonly hasFunding: boolean;
  readonly hasMembers: boolean;
}

/** What the roll-up keeps of a school in its store: the per-school tabs' lines. */
export interface SchoolDetail {
  readonly awards: readonly RollupAwardTally[];
  readonly funding: readonly RollupFundingTally[];
  readonly members: readonly RollupMemberFigure[];
  readonly problems: readonly RollupProblem[];
}

/** A record split into what stays in memory and what goes to the store. */
export function splitRecord(s: SchoolRecord): { summary: SchoolSummary; detail: SchoolDetail } {
  const { indicators, awards, funding, members, problems, ...rest } = s;
  return {
    summary: {
      ...rest,
      indicatorCount: indicators.length,
      problemCount: problems.length,
      awardYears: new Set(awards.map((a) => a.schoolYear)).size,
      hasFunding: funding.length > 0,
      hasMembers: members.length > 0,
    },
    detail: { awards, funding, members, problems },
  };
}

/** Problems kept per school for the notes tab; the rest are counted. */
export const KEPT_PROBLEMS = 50;

/** Tabs the roll-up reads figures from: a workbook without one is listed. */
const NEEDED_TABS: readonly TabKey[] = ["info", "indicators", "awards", "members", "funding"];

function tabName(w: Workbook, key: TabKey): string {
  return w.layouts[key]?.name ?? TAB_NAMES[key];
}

function rollupFigure(
  f: Figure,
  unit: UnitKind,
  judgement: Judgement | null,
  value: number | null,
  tab: string | undefined,
  at: string | readonly string[] | undefined,
): RollupFigure {
  const text = f.text;
  const cell = text === "" ? undefined : figureCell(text, f, unit);
  return { text, v: cell?.v ?? null, f: cell?.f, value, judgement, tab, at };
}

/** The award count cells an indicator counted for a school year ("Giải thưởng: Học sinh, Thành phố"). */
function awardCells(w: Workbook, v: IndicatorVerdict, year: string): string[] {
  const source = v.indicator.source!;
  const column = w.layouts.awards?.columns.count;
  if (column === undefined) return [];
  return w.awards
    .filter(
      (a) =>
        (a.schoolYear ?? "") === year &&
        (source.level === undefined || (a.level ?? "other") === source.level) &&
        (source.recipient === undefined || (a.recipient ?? "other") === source.recipient),
    )
    .map((a) => a.row)
    .map((row) => a1(row, column));
}

function rollupIndicator(w: Workbook, v: IndicatorVerdict, labelKey?: string): RollupIndicator {
  const i = v.indicator;
  const tab = tabName(w, "indicators");
  const figure = (f: Figure, j: Judgement | null, value: number | null) =>
    rollupFigure(f, i.unit, j, value, f.cell ? tab : undefined, f.cell || undefined);
  const years = v.years.map((y) => {
    if (!i.source) return figure(y.figure, y.judgement, y.value);
    const cells = awardCells(w, v, y.schoolYear);
    // A count of no award line (or of a tab the workbook lacks) has no cell: a gap, not a 0.
    const empty: Figure = { measure: null, text: "", cell: "" };
    if (cells.length === 0) return figure(empty, y.judgement, null);
    return rollupFigure(y.figure, i.unit, y.judgement, y.value, tabName(w, "awards"), cells);
  });
  const target = figure(i.target, null, null);
  const term = i.termResult.text ? figure(i.termResult, v.term.judgement, null) : undefined;
  return {
    code: i.code,
    label: i.label,
    ...(labelKey ? { labelKey } : {}),
    unit: i.unit,
    ...(i.unitText ? { unitText: i.unitText } : {}),
    kind: i.kind,
    lowerIsBetter: lowerIsBetter(i),
    target,
    years,
    ...(term ? { termResult: term } : {}),
    judgement: v.term.judgement,
  };
}

/** Label keys, a "trong đó" share's with its parent's label; a key used twice is dropped. */
function labelKeys(w: Workbook): (string | undefined)[] {
  const byCode = new Map(w.indicators.map((i) => [matchKey(i.code), i]));
  const keys = w.indicators.map((i) => {
    const parent = i.parent ? byCode.get(matchKey(i.parent)) : undefined;
    const own = matchKey(i.label);
    return parent ? `${matchKey(parent.label)} / ${own}` : own;
  });
  const seen = new Map<string, number>();
  for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  return keys.map((k) => (k && seen.get(k) === 1 ? k : undefined));
}

function awardTallies(w: Workbook): RollupAwardTally[] {
  const column = w.layouts.awards?.columns.count;
  const tab = tabName(w, "awards");
  const byKey = new Map<string, { schoolYear: string; level: Award["level"] | "other" } & Tally>();
  for (const a of w.awards) {
    const schoolYear = a.schoolYear ?? "";
    const level = a.level ?? "other";
    const key = `${schoolYear}|${level}`;
    const t = byKey.get(key) ?? { schoolYear, level, sum: 0, cells: [] };
    t.sum += a.count;
    if (column !== undefined) t.cells.push(a1(a.row, column));
    byKey.set(key, t);
  }
  return [...byKey.values()].map((t) => ({
    schoolYear: t.schoolYear,
    level: t.level ?? "other",
    count: t.sum,
    from: { tab, cells: t.cells },
  }));
}

interface Tally {
  sum: number;
  cells: string[];
}

function fundingTallies(w: Workbook): RollupFundingTally[] {
  const tab = tabName(w, "funding");
  const bySource = new Map<FundingSourceKey | "other", Tally>();
  for (const line of w.funding) {
    // A stated total repeats its group's lines: counting it would count them twice.
    if (line.isStatedTotal) continue;
    const source = line.source ?? "other";
    const t = bySource.get(source) ?? { sum: 0, cells: [] };
    t.sum += line.amount;
    t.cells.push(line.amountCell);
    bySource.set(source, t);
  }
  return [...bySource.entries()].map(([source, t]) => ({
    source,
    amount: t.sum,
    from: { tab, cells: t.cells },
  }));
}

/** The latest figure of each membership item, with its cell. */
function memberFigures(w: Workbook): RollupMemberFigure[] {
  const tab = tabName(w, "members");
  const latest = new Map<MemberItemKey, { figure: RollupMemberFigure; sortKey: string }>();
  for (const m of w.members) {
    if (!m.item) continue;
    const prev = latest.get(m.item);
    if (prev && prev.sortKey > m.period.sortKey) continue;
    latest.set(m.item, {
      sortKey: m.period.sortKey,
      figure: {
        item: m.item,
        ...(m.count !== undefined ? { count: m.count } : {}),
        value: m.value,
        period: m.period.text,
        from: { tab, cells: [m.valueCell] },
      },
    });
  }
  return [...latest.values()].map((l) => l.figure);
}

function keptProblems(problems: readonly Problem[]): RollupProblem[] {
  return problems
    .filter((p) => p.severity !== "info")
    .slice(0, KEPT_PROBLEMS)
    .map((p) => ({
      severity: p.severity,
      tab: p.tab,
      cell: p.cell,
      message: p.message,
    }));
}

/** The school's record: everything the roll-up prints of it, and nothing else. */
export function reduceSchool(file: string, analysis: Analysis): SchoolRecord {
  const w = analysis.workbook;
  const info = w.info.values;
  const keys = labelKeys(w);
  const indicators = analysis.evaluation.indicators.map((v, k) => rollupIndicator(w, v, keys[k]));
  const counts: Record<Judgement, number> = {
    exceeded: 0,
    met: 0,
    notMet: 0,
    noData: 0,
    noTarget: 0,
  };
  for (const i of indicators) counts[i.judgement]++;
  const { level, from } = schoolLevel(w.info);
  const errorCount = analysis.problems.filter((p) => p.severity === "error").length;
  const warningCount = analysis.problems.filter((p) => p.severity === "warning").length;
  return {
    file,
    name: info.unitName || info.schoolName || file,
    level,
    levelFrom: from,
    ...(info.superiorBody ? { superiorBody: info.superiorBody } : {}),
    ...(info.superiorCommittee ? { superiorCommittee: info.superiorCommittee } : {}),
    ...(info.term ? { term: info.term } : {}),
    schoolYears: [...w.schoolYears],
    missingTabs: NEEDED_TABS.filter((k) => !w.layouts[k]).map((k) => TAB_NAMES[k]),
    indicators,
    counts,
    awards: awardTallies(w),
    funding: fundingTallies(w),
    members: memberFigures(w),
    errorCount,
    warningCount,
    problems: keptProblems(analysis.problems),
  };
}
