/**
 * Charts as SVG strings: grouped bars, one group per school year, one bar per series, the
 * figure above each bar. Pure text so both shells can render it (resvg in the CLI), and the
 * add-on draws the same data as embedded charts.
 */

import { upperFirst } from "../base/text.js";
import { DRAFT } from "../i18n/messages.js";
import type { AwardSummary, IndicatorVerdict } from "../judge/evaluate.js";
import { formatNumber } from "../workbook/format.js";
import { levelNaming, levelWord } from "../workbook/levels.js";
import type { Workbook } from "../workbook/model.js";
import { LEVEL_ORDER } from "../workbook/schema.js";

export interface ChartSeries {
  readonly label: string;
  /** One figure per category; null where the sheet has none (no bar is drawn). */
  readonly counts: readonly (number | null)[];
}

export interface BarChart {
  readonly title: string;
  /** The value axis' label. */
  readonly axis: string;
  /** Figures are percentages (0–100): labelled "84%", axis up to 100. */
  readonly percent?: boolean;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** Series drawn at most in one chart: more bars than this are unreadable. */
const MAX_RATE_SERIES = 8;

/**
 * Rates over the school years: the percent indicators with figures for at least two school
 * years (as the sheet gives them, in sheet order), at most {@link MAX_RATE_SERIES}. Null when
 * there are none.
 */
export function rateChart(
  verdicts: readonly IndicatorVerdict[],
  schoolYears: readonly string[],
): BarChart | null {
  const chosen = verdicts
    .filter((v) => v.indicator.unit === "percent")
    .filter((v) => v.years.filter((y) => y.value !== null).length >= 2)
    .slice(0, MAX_RATE_SERIES);
  if (chosen.length === 0) return null;
  return {
    title: DRAFT.rateChartTitle,
    axis: DRAFT.rateChartAxis,
    percent: true,
    categories: schoolYears,
    series: chosen.map((v) => ({
      label: `${v.indicator.code} – ${v.indicator.label}`,
      counts: v.years.map((y) => y.value),
    })),
  };
}

/** Greyscale-safe fills: distinguishable when printed in black and white. */
const FILLS = [
  "#1f4e79",
  "#c55a11",
  "#7f7f7f",
  "#548235",
  "#bf9000",
  "#7030a0",
  "#2e75b6",
  "#843c0c",
];

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The workbook as the prize chart and table need it. */
export type PrizeBook = Pick<Workbook, "schoolYears" | "info" | "awards">;

/**
 * Pupils' prizes by school year and level: each level's count per year, null where the sheet
 * has no line for it (never 0), and the level's word for this unit and period.
 */
export function prizeCounts(awards: AwardSummary, w: PrizeBook) {
  const cells = awards.cells.filter((c) => c.recipient === "pupil" && c.schoolYear !== "");
  const naming = levelNaming(w.info, w.awards);
  const levels = [...LEVEL_ORDER, "other" as const].filter((l) => cells.some((c) => c.level === l));
  return levels.map((l) => ({
    level: l,
    word: levelWord(l, naming, w.schoolYears),
    counts: w.schoolYears.map((y) => {
      const here = cells.filter((c) => c.schoolYear === y && c.level === l);
      return here.length === 0 ? null : here.reduce((s, c) => s + c.count, 0);
    }),
  }));
}

/** Pupils' prizes by school year and level; null when there are none to draw. */
export function prizeChart(awards: AwardSummary, w: PrizeBook): BarChart | null {
  const levels = prizeCounts(awards, w);
  if (levels.length === 0) return null;
  return {
    title: DRAFT.chartTitle,
    axis: DRAFT.chartAxis,
    categories: w.schoolYears,
    series: levels.map((l) => ({ label: upperFirst(l.word), counts: l.counts })),
  };
}

export const CHART_SIZE = { width: 800, height: 450 } as const;

/** The chart as SVG, in the given font family (must cover Vietnamese). */
export function barChartSvg(chart: BarChart, fontFamily = "DejaVu Sans"): string {
  const { width, height } = CHART_SIZE;
  // Legend: one row when the labels are short, else two columns of shortened labels.
  const longest = Math.max(0, ...chart.series.map((s) => [...s.label].length));
  const legendColumns = longest <= 18 ? Math.max(1, chart.series.length) : 2;
  const legendW = longest <= 18 ? 170 : (width - 40) / 2;
  const legendRows = Math.ceil(chart.series.length / legendColumns);
  const left = 70;
  const right = 20;
  const top = 60;
  const bottom = 62 + legendRows * 24;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...chart.series.flatMap((s) => s.counts.filter((n) => n !== null)));
  const step = chart.percent ? 20 : niceStep(max);
  const axisMax = chart.percent ? 100 : Math.ceil(max / step) * step;
  const show = (v: number) => `${formatNumber(v)}${chart.percent ? "%" : ""}`;
  const y = (v: number) => top + plotH - (v / axisMax) * plotH;
  const groupW = plotW / Math.max(1, chart.categories.length);
  const barW = Math.min(60, (groupW * 0.7) / Math.max(1, chart.series.length));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="32" font-size="20" font-weight="bold" text-anchor="middle">${escapeXml(chart.title)}</text>`,
  );
  for (let v = 0; v <= axisMax; v += step) {
    parts.push(
      `<line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="#d9d9d9"/>`,
      `<text x="${left - 8}" y="${y(v) + 5}" font-size="14" text-anchor="end">${show(v)}</text>`,
    );
  }
  parts.push(
    `<text x="18" y="${top + plotH / 2}" font-size="14" text-anchor="middle" transform="rotate(-90 18 ${top + plotH / 2})">${escapeXml(chart.axis)}</text>`,
  );
  chart.categories.forEach((cat, ci) => {
    const gx = left + ci * groupW + (groupW - barW * chart.series.length) / 2;
    chart.series.forEach((s, si) => {
      const v = s.counts[ci];
      if (v === null || v === undefined) return;
      const x = gx + si * barW;
      parts.push(
        `<rect x="${x}" y="${y(v)}" width="${barW - 4}" height="${top + plotH - y(v)}" fill="${FILLS[si % FILLS.length]}"/>`,
        `<text x="${x + (barW - 4) / 2}" y="${y(v) - 6}" font-size="${chart.series.length > 4 ? 11 : 14}" text-anchor="middle">${show(v)}</text>`,
      );
    });
    parts.push(
      `<text x="${left + ci * groupW + groupW / 2}" y="${top + plotH + 24}" font-size="15" text-anchor="middle">${escapeXml(cat)}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#000000"/>`,
  );
  const legendTop = top + plotH + 56;
  const legendX = (width - legendW * Math.min(legendColumns, chart.series.length)) / 2;
  const maxChars = Math.floor((legendW - 30) / 8);
  chart.series.forEach((s, si) => {
    const x = legendX + (si % legendColumns) * legendW;
    const ly = legendTop + Math.floor(si / legendColumns) * 24;
    const chars = [...s.label];
    const label = chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : s.label;
    parts.push(
      `<rect x="${x}" y="${ly - 12}" width="16" height="16" fill="${FILLS[si % FILLS.length]}"/>`,
      `<text x="${x + 22}" y="${ly + 2}" font-size="15">${escapeXml(label)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n");
}

function niceStep(max: number): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * mag) return Math.max(1, m * mag);
  return Math.max(1, 10 * mag);
}
