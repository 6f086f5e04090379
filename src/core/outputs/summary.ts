/**
 * The summary tab ("Tổng hợp"): judgement table, yearly series, award tallies, funding by
 * source, membership and problems. Format-neutral: the add-on writes it as one grid, the
 * archive export styles it cell by cell.
 */

import type { Problem } from "../base/problems.js";
import { DRAFT, SUMMARY } from "../i18n/messages.js";
import type { Evaluation } from "../judge/evaluate.js";
import {
  FUNDING_SOURCE_LABELS,
  HEADERS,
  LEVEL_LABELS,
  MEMBER_ITEMS,
  RECIPIENT_LABELS,
  SEVERITY_LABELS,
} from "../vocabulary/vi.js";
import { formatMeasure, judgementText } from "../workbook/format.js";
import type { Workbook } from "../workbook/model.js";
import type { CellValue } from "../workbook/parse.js";
import { computedCells } from "./computed.js";

/** How a summary cell's number should be shown. Percents are stored as fractions (0,993). */
export type CellFormat = "text" | "integer" | "number" | "percent" | "money" | "judgement";

export interface SummaryCell {
  readonly v: CellValue;
  readonly f?: CellFormat;
}

export interface SummarySection {
  readonly id:
    | "judgements"
    | "series"
    | "awards"
    | "awardSeries"
    | "funding"
    | "members"
    | "problems";
  readonly title: string;
  readonly header: readonly string[];
  /** What each column holds, parallel to `header`: readers find columns by key, not position. */
  readonly keys: readonly SummaryColumnKey[];
  readonly rows: readonly (readonly SummaryCell[])[];
}

export type SummaryColumnKey =
  | "code"
  | "group"
  | "label"
  | "unit"
  | "target"
  | "year"
  | "term"
  | "judgement"
  | "yearJudgements"
  | "gap"
  | "trend"
  | "chart"
  | "level"
  | "recipient"
  | "count"
  | "growth"
  | "source"
  | "amount"
  | "item"
  | "value"
  | "period"
  | "severity"
  | "tab"
  | "cell"
  | "message";

/** Header texts and keys of a section, written once as pairs. */
function columns(
  pairs: readonly (readonly [SummaryColumnKey, string])[],
): Pick<SummarySection, "header" | "keys"> {
  return { header: pairs.map(([, h]) => h), keys: pairs.map(([k]) => k) };
}

/**
 * The 0-based column of `key` in a section (the `nth` one for repeated keys such as one
 * "year" column per school year); throws when the section has none, which is a bug.
 */
export function columnOf(section: SummarySection, key: SummaryColumnKey, nth = 0): number {
  let seen = 0;
  for (let c = 0; c < section.keys.length; c++) {
    if (section.keys[c] === key && seen++ === nth) return c;
  }
  throw new Error(`summary section ${section.id} has no column ${key} #${nth}`);
}

const t = (v: CellValue): SummaryCell => ({ v });

function levelLabel(l: string): string {
  return l === "other" ? SUMMARY.other : LEVEL_LABELS[l as keyof typeof LEVEL_LABELS];
}
function recipientLabel(r: string): string {
  return r === "other" ? SUMMARY.other : RECIPIENT_LABELS[r as keyof typeof RECIPIENT_LABELS];
}

/** The summary tab's sections in order; a section with nothing to show is left out. */
export function buildSummary(
  w: Workbook,
  e: Evaluation,
  problems: readonly Problem[],
): SummarySection[] {
  return [
    judgementSection(w, e),
    seriesSection(w, e),
    awardSection(e),
    awardSeriesSection(w, e),
    fundingSection(w, e),
    memberSection(e),
    problemSection(problems),
  ].filter((s): s is SummarySection => s !== undefined);
}

function judgementSection(w: Workbook, e: Evaluation): SummarySection {
  const years = w.schoolYears;
  return {
    id: "judgements",
    title: SUMMARY.judgements,
    ...columns([
      ["code", HEADERS.code],
      ["group", HEADERS.group],
      ["label", HEADERS.label],
      ["target", HEADERS.target],
      ...years.map((y) => ["year", y] as const),
      ["term", SUMMARY.wholeTerm],
      ["judgement", HEADERS.judgement],
      ["yearJudgements", HEADERS.yearJudgements],
      ["gap", HEADERS.gap],
      ["trend", HEADERS.trend],
    ]),
    rows: e.indicators.map((v) => {
      const c = computedCells(v);
      return [
        t(v.indicator.code),
        t(v.indicator.group ?? ""),
        t(v.indicator.label),
        t(v.indicator.target.text),
        ...v.years.map((y) => t(y.figure.text || formatMeasure(y.figure.measure))),
        t(v.indicator.termResult.text),
        { v: c.judgement, f: "judgement" },
        t(c.yearJudgements),
        t(c.gap),
        t(c.trend),
      ];
    }),
  };
}

function seriesSection(w: Workbook, e: Evaluation): SummarySection | undefined {
  const years = w.schoolYears;
  const seriesRows = e.indicators.filter(
    (v) => v.years.filter((y) => y.value !== null).length >= 2,
  );
  if (seriesRows.length === 0) return undefined;
  return {
    id: "series",
    title: SUMMARY.series,
    ...columns([
      ["code", HEADERS.code],
      ["label", HEADERS.label],
      ["unit", HEADERS.unit],
      ...years.map((y) => ["year", y] as const),
      ["trend", HEADERS.trend],
      ["chart", SUMMARY.chart],
    ]),
    rows: seriesRows.map((v) => {
      const percent = v.indicator.unit === "percent";
      return [
        t(v.indicator.code),
        t(v.indicator.label),
        t(v.indicator.unitText ?? ""),
        ...v.years.map(
          (y): SummaryCell =>
            y.value === null
              ? t("")
              : percent
                ? { v: Math.round(y.value * 1e7) / 1e9, f: "percent" }
                : { v: y.value, f: v.indicator.unit === "money" ? "money" : "number" },
        ),
        t(computedCells(v).trend),
        t(""),
      ];
    }),
  };
}

function awardSection(e: Evaluation): SummarySection | undefined {
  if (e.awards.cells.length === 0) return undefined;
  return {
    id: "awards",
    title: SUMMARY.awards,
    ...columns([
      ["year", HEADERS.schoolYear],
      ["level", HEADERS.level],
      ["recipient", HEADERS.recipient],
      ["count", HEADERS.count],
    ]),
    rows: [
      ...e.awards.cells.map((c) => [
        t(c.schoolYear || SUMMARY.noYear),
        t(levelLabel(c.level)),
        t(recipientLabel(c.recipient)),
        { v: c.count, f: "integer" as const },
      ]),
      [t(SUMMARY.total), t(""), t(""), { v: e.awards.total, f: "integer" }],
    ],
  };
}

function awardSeriesSection(w: Workbook, e: Evaluation): SummarySection | undefined {
  const years = w.schoolYears;
  if (e.awards.series.length === 0) return undefined;
  return {
    id: "awardSeries",
    title: SUMMARY.awardSeries,
    ...columns([
      ["recipient", HEADERS.recipient],
      ["level", HEADERS.level],
      ...years.map((y) => ["year", y] as const),
      ["growth", SUMMARY.growth],
      ["judgement", HEADERS.judgement],
    ]),
    rows: e.awards.series.map((s) => [
      t(recipientLabel(s.recipient)),
      t(levelLabel(s.level)),
      // A year with no line is a gap, never 0.
      ...s.counts.map((n) => (n === null ? t(DRAFT.noLine) : { v: n, f: "integer" as const })),
      { v: s.growth, f: "integer" },
      { v: judgementText(s.judgement), f: "judgement" },
    ]),
  };
}

function fundingSection(w: Workbook, e: Evaluation): SummarySection | undefined {
  if (w.funding.length === 0) return undefined;
  const label = (k: string) =>
    k === "other" ? SUMMARY.other : FUNDING_SOURCE_LABELS[k as keyof typeof FUNDING_SOURCE_LABELS];
  const money = (n: number): SummaryCell => ({ v: n, f: "money" });
  // Each group's sum and the total, as the draft states them (one computation, in the judge).
  const groups = e.funding.groups.flatMap((g) => [
    ...Object.entries(g.bySource).map(([k, n]) => [t(g.group), t(label(k)), money(n ?? 0)]),
    [t(g.group), t(SUMMARY.groupSum), money(g.sum)],
    ...(g.stated !== undefined && g.stated !== g.sum
      ? [[t(g.group), t(SUMMARY.statedTotal), money(g.stated)]]
      : []),
  ]);
  const sources = Object.entries(e.funding.bySource) as [string, number][];
  return {
    id: "funding",
    title: SUMMARY.funding,
    ...columns([
      ["group", HEADERS.fundingGroup],
      ["source", HEADERS.fundingSource],
      ["amount", HEADERS.amount],
    ]),
    rows: [
      ...groups,
      ...sources.map(([k, n]) => [t(SUMMARY.allGroups), t(label(k)), money(n)]),
      [t(SUMMARY.total), t(""), money(e.funding.total)],
    ],
  };
}

function memberSection(e: Evaluation): SummarySection | undefined {
  const latest = Object.entries(e.membership.latest);
  if (latest.length === 0) return undefined;
  return {
    id: "members",
    title: SUMMARY.members,
    ...columns([
      ["item", HEADERS.memberItem],
      ["value", HEADERS.value],
      ["period", HEADERS.period],
    ]),
    rows: latest.map(([k, v]) => [
      t(MEMBER_ITEMS[k as keyof typeof MEMBER_ITEMS]),
      v!.count !== undefined ? { v: v!.count, f: "integer" } : t(v!.value),
      t(v!.period),
    ]),
  };
}

function problemSection(problems: readonly Problem[]): SummarySection {
  return {
    id: "problems",
    title: SUMMARY.problems,
    ...columns([
      ["severity", SUMMARY.severity],
      ["tab", SUMMARY.tab],
      ["cell", SUMMARY.cell],
      ["message", SUMMARY.message],
    ]),
    rows:
      problems.length === 0
        ? [[t(SUMMARY.noProblems), t(""), t(""), t("")]]
        : problems.map((p) => [t(SEVERITY_LABELS[p.severity]), t(p.tab), t(p.cell), t(p.message)]),
  };
}

/** Where each section lands when the summary is laid out as one grid. */
export interface PlacedSection {
  readonly section: SummarySection;
  /** 0-based row of the section title; the header is on the next row, data after it. */
  readonly titleRow: number;
}

/**
 * Lays the sections out top to bottom, a blank row between them, under a title row.
 * Returns the grid (rectangular) and where each section starts.
 */
export function summaryGrid(
  title: string,
  sections: readonly SummarySection[],
): { grid: CellValue[][]; placed: PlacedSection[] } {
  const width = Math.max(1, ...sections.map((s) => s.header.length));
  const pad = (row: CellValue[]) => [...row, ...Array<CellValue>(width - row.length).fill("")];
  const grid: CellValue[][] = [pad([title]), pad([])];
  const placed: PlacedSection[] = [];
  for (const s of sections) {
    placed.push({ section: s, titleRow: grid.length });
    grid.push(pad([s.title]));
    grid.push(pad([...s.header]));
    for (const r of s.rows) grid.push(pad(r.map((c) => c.v)));
    grid.push(pad([]));
  }
  return { grid, placed };
}
