/**
 * "Vẽ biểu đồ": the Biểu đồ tab holds a small data block (pupils' prizes per school year by level;
 * key rates per school year) and two embedded charts drawn from it. Each run removes the
 * charts it finds there and draws them again, so they are never duplicated.
 */

import type { CellValue } from "../core/index.js";
import {
  type Analysis,
  analyse,
  HEADERS,
  prizeChart,
  rateCharts,
  TAB_NAMES,
} from "../core/index.js";
import { type Book, ensureSize, ownedTab, writeBlock } from "./book.js";
import type { Charts, Sheet } from "./gas.js";
import { ADDON } from "./messages.vi.js";
import { NUMBER_FORMATS } from "./palette.js";

export interface ChartBlock {
  readonly title: string;
  readonly kind: "column" | "line";
  readonly grid: CellValue[][];
}

/**
 * Pupils' prizes per school year, one column per level: the core's prize chart (the same
 * figures as the draft's picture), laid out as the data block an embedded chart reads.
 */
export function awardsBlock(a: Analysis): ChartBlock | undefined {
  const chart = prizeChart(a.evaluation.awards, a.workbook);
  if (!chart) return undefined;
  const grid: CellValue[][] = [
    [HEADERS.schoolYear, ...chart.series.map((s) => s.label)],
    ...chart.categories.map((y, i) => [y, ...chart.series.map((s) => s.counts[i] ?? "")]),
  ];
  return { title: chart.title, kind: "column", grid };
}

/**
 * Rates per school year: the core's rate charts (the same selection as the draft's pictures:
 * high rates, then small ones on their own scale), as fractions so the sheet shows them with
 * a percent format.
 */
export function ratesBlocks(a: Analysis): ChartBlock[] {
  const name = (label: string) => (label.length > 40 ? `${label.slice(0, 39)}…` : label);
  return rateCharts(a.evaluation.indicators, a.workbook.schoolYears).map((chart) => ({
    title: chart.title,
    kind: "line",
    grid: [
      [HEADERS.schoolYear, ...chart.series.map((s) => name(s.label))],
      ...chart.categories.map((y, i) => [
        y,
        ...chart.series.map((s) => {
          const v = s.counts[i];
          return v === null || v === undefined ? "" : Math.round(v * 1e7) / 1e9;
        }),
      ]),
    ],
  }));
}

/** Returns how many charts were drawn; "Cập nhật tất cả" hands in the analysis it already has. */
export function drawCharts(
  book: Book,
  charts: Charts,
  analysis: Analysis = analyse(book.readSchemaTabs()),
): number {
  const blocks = [awardsBlock(analysis), ...ratesBlocks(analysis)].filter(
    (b): b is ChartBlock => b !== undefined,
  );
  const tab = ownedTab(book, TAB_NAMES.charts, ADDON.summaryNote);
  const sheet = tab.sheet;
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clearContents();
  if (blocks.length === 0) return 0;
  const width = Math.max(...blocks.map((b) => b.grid[0]!.length));
  const grid: CellValue[][] = [];
  const formats: string[][] = [];
  const at: number[] = [];
  for (const b of blocks) {
    at.push(grid.length);
    const format = b.kind === "line" ? NUMBER_FORMATS.percent : NUMBER_FORMATS.integer;
    for (const row of b.grid) {
      grid.push([...row, ...Array<CellValue>(width - row.length).fill("")]);
      formats.push(Array<string>(width).fill(format));
    }
    grid.push(Array<CellValue>(width).fill(""));
    formats.push(Array<string>(width).fill(NUMBER_FORMATS.integer));
  }
  ensureSize(sheet, grid.length, width + 10);
  writeBlock(sheet, 0, 0, grid);
  sheet.getRange(1, 1, grid.length, width).setNumberFormats(formats);
  blocks.forEach((b, i) => {
    insertChart(sheet, charts, b, at[i]!, width, i);
  });
  return blocks.length;
}

/** Rows between the anchors of two charts, so they never overlap. */
const CHART_SPACING_ROWS = 20;

function insertChart(
  sheet: Sheet,
  charts: Charts,
  b: ChartBlock,
  row: number,
  width: number,
  index: number,
): void {
  const columns = b.grid[0]!.length;
  const builder = sheet
    .newChart()
    .setChartType(b.kind === "column" ? charts.ChartType.COLUMN : charts.ChartType.LINE)
    .addRange(sheet.getRange(row + 1, 1, b.grid.length, columns))
    .setNumHeaders(1)
    .setOption("title", b.title)
    .setPosition(1 + index * CHART_SPACING_ROWS, width + 2, 0, 0);
  if (b.kind === "column") builder.setOption("isStacked", true);
  else builder.setOption("vAxis.format", "0%");
  sheet.insertChart(builder.build());
}
