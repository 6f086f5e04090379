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
/** A rate whose every figure is at most this (in %) is drawn on the small rates' own scale. */
const SMALL_RATE = 10;

/**
 * Rates over the school years: the percent indicators with figures for at least two school
 * years (as the sheet gives them, in sheet order), at most {@link MAX_RATE_SERIES} a chart.
 * Rates to keep low (bỏ học, yếu kém, suy dinh dưỡng) and other small rates get a chart of
 * their own, on a scale that shows them: 0,3% beside 99% would be a bar nobody can see and
 * a label over its neighbour's. Empty when there are none.
 */
export function rateCharts(
  verdicts: readonly IndicatorVerdict[],
  schoolYears: readonly string[],
): BarChart[] {
  const chosen = verdicts
    .filter((v) => v.indicator.unit === "percent")
    .filter((v) => v.years.filter((y) => y.value !== null).length >= 2);
  const small = (v: IndicatorVerdict) =>
    v.indicator.lowerBetter || v.years.every((y) => y.value === null || y.value <= SMALL_RATE);
  const chart = (list: IndicatorVerdict[], title: string): BarChart => ({
    title,
    axis: DRAFT.rateChartAxis,
    percent: true,
    categories: schoolYears,
    series: list.slice(0, MAX_RATE_SERIES).map((v) => ({
      label: `${v.indicator.code} – ${v.indicator.label}`,
      counts: v.years.map((y) => y.value),
    })),
  });
  const high = chosen.filter((v) => !small(v));
  const low = chosen.filter(small);
  const lowTitle = low.every((v) => v.indicator.lowerBetter)
    ? DRAFT.lowRateChartTitle
    : DRAFT.smallRateChartTitle;
  return [
    ...(high.length ? [chart(high, DRAFT.rateChartTitle)] : []),
    ...(low.length ? [chart(low, high.length ? lowTitle : DRAFT.rateChartTitle)] : []),
  ];
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

/** How wide a label is drawn, in pixels (DejaVu Sans: digits 0.64 em, "%" 0.95, "," 0.32). */
const labelWidth = (text: string, size: number) =>
  [...text].reduce((w, c) => w + (c === "%" ? 0.95 : c === "," || c === "." ? 0.32 : 0.64), 0) *
  size;

/** The value axis: 0–100% for rates that reach high, else a scale fitted to the figures. */
function valueAxis(chart: BarChart): { step: number; max: number } {
  const max = Math.max(0, ...chart.series.flatMap((s) => s.counts.filter((n) => n !== null)));
  if (chart.percent && max > 50) return { step: 20, max: 100 };
  const step = niceStep(Math.max(chart.percent ? 0.5 : 1, max), chart.percent ? 0.1 : 1);
  return { step, max: Math.max(step, Math.ceil(max / step - 1e-9) * step) };
}

/**
 * The chart as SVG, in the given font family (must cover Vietnamese). Each bar's figure is
 * written above it, across when it fits the bar's width, else upright along the bar's axis
 * (room is made above the plot), so no label runs into its neighbour's.
 */
export function barChartSvg(chart: BarChart, fontFamily = "DejaVu Sans"): string {
  const { width, height } = CHART_SIZE;
  // Legend: one row when the labels are short, else two columns of shortened labels.
  const longest = Math.max(0, ...chart.series.map((s) => [...s.label].length));
  const legendColumns = longest <= 18 ? Math.max(1, chart.series.length) : 2;
  const legendW = longest <= 18 ? 170 : (width - 40) / 2;
  const legendRows = Math.ceil(chart.series.length / legendColumns);
  const left = 70;
  const right = 20;
  const { step, max: axisMax } = valueAxis(chart);
  const show = (v: number) => `${formatNumber(v)}${chart.percent ? "%" : ""}`;
  const groupW = (width - left - right) / Math.max(1, chart.categories.length);
  const barW = Math.min(60, (groupW * 0.7) / Math.max(1, chart.series.length));
  const fontSize = chart.series.length > 4 ? 11 : 14;
  const labels = chart.series.flatMap((s) => s.counts.filter((n) => n !== null).map(show));
  // A label wider than its bar's slot (less a small gap) would touch its neighbour's.
  const upright = labels.some((l) => labelWidth(l, fontSize) > barW - 6);
  const room = upright ? Math.max(0, ...labels.map((l) => labelWidth(l, fontSize))) : fontSize;
  const top = 46 + room;
  const bottom = 62 + legendRows * 24;
  const plotH = height - top - bottom;
  const y = (v: number) => top + plotH - (v / axisMax) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="32" font-size="20" font-weight="bold" text-anchor="middle">${escapeXml(chart.title)}</text>`,
  );
  for (let k = 0; k * step <= axisMax + 1e-9; k++) {
    const v = k * step;
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
      const cx = x + (barW - 4) / 2;
      const label = upright
        ? `<text x="${cx + fontSize / 3}" y="${y(v) - 4}" font-size="${fontSize}" transform="rotate(-90 ${cx + fontSize / 3} ${y(v) - 4})">${show(v)}</text>`
        : `<text x="${cx}" y="${y(v) - 6}" font-size="${fontSize}" text-anchor="middle">${show(v)}</text>`;
      parts.push(
        `<rect x="${x}" y="${y(v)}" width="${barW - 4}" height="${top + plotH - y(v)}" fill="${FILLS[si % FILLS.length]}"/>`,
        label,
      );
    });
    parts.push(
      `<text x="${left + ci * groupW + groupW / 2}" y="${top + plotH + 24}" font-size="15" text-anchor="middle">${escapeXml(cat)}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="#000000"/>`,
  );
  parts.push(...legend(chart, top + plotH + 56, legendW, legendColumns));
  parts.push("</svg>");
  return parts.join("\n");
}

/** The legend's keys and labels, shortened to their column. */
function legend(chart: BarChart, legendTop: number, legendW: number, columns: number): string[] {
  const { width } = CHART_SIZE;
  const legendX = (width - legendW * Math.min(columns, chart.series.length)) / 2;
  const maxChars = Math.floor((legendW - 30) / 8);
  return chart.series.flatMap((s, si) => {
    const x = legendX + (si % columns) * legendW;
    const ly = legendTop + Math.floor(si / columns) * 24;
    const chars = [...s.label];
    const label = chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : s.label;
    return [
      `<rect x="${x}" y="${ly - 12}" width="16" height="16" fill="${FILLS[si % FILLS.length]}"/>`,
      `<text x="${x + 22}" y="${ly + 2}" font-size="15">${escapeXml(label)}</text>`,
    ];
  });
}

/** A round step for about five grid lines up to `max`, never below `least`. */
function niceStep(max: number, least = 1): number {
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * mag) return Math.max(least, m * mag);
  return Math.max(least, 10 * mag);
}
