/**
 * "Vẽ biểu đồ": the Biểu đồ tab holds a small data block (pupils' prizes per school year by level;
 * key rates per school year) and two embedded charts drawn from it. Each run writes the cells
 * of the block that differ, keeps the charts that are drawn as wanted and replaces the others,
 * so they are never duplicated and a second run over the same data writes nothing.
 */

import type { CellValue } from "../core/index.js";
import {
  type Analysis,
  a1,
  analyse,
  HEADERS,
  prizeChart,
  rateCharts,
  TAB_NAMES,
} from "../core/index.js";
import { type Book, ensureSize, ownedTab, writeBlock } from "./book.js";
import { changedBlocks, sameExactly, sameValue, slice, writeChanged } from "./changes.js";
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
  const width = blocks.length === 0 ? 0 : Math.max(...blocks.map((b) => b.grid[0]!.length));
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
  if (blocks.length > 0) ensureSize(sheet, grid.length, width + 10);
  writeValues(sheet, grid);
  if (blocks.length > 0) {
    const held = sheet.getRange(1, 1, grid.length, width).getNumberFormats();
    writeChanged(sheet, 0, 0, formats, held, sameExactly, (r, v) => r.setNumberFormats(v));
  }
  placeCharts(
    sheet,
    charts,
    blocks.map((b, i) => chartSpec(b, at[i]!, width, i)),
  );
  return blocks.length;
}

/**
 * The data block over what the tab holds (values and formulas read once): only the cells that
 * differ are written, and cells of an older, larger block are emptied.
 */
function writeValues(sheet: Sheet, grid: readonly CellValue[][]): void {
  const rows = Math.max(grid.length, sheet.getLastRow());
  const columns = Math.max(grid[0]?.length ?? 0, sheet.getLastColumn());
  if (rows === 0 || columns === 0) return;
  const area = sheet.getRange(1, 1, rows, columns);
  const held = area.getValues();
  const formulas = area.getFormulas();
  const wanted: CellValue[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => grid[r]?.[c] ?? ""),
  );
  const differs = (r: number, c: number) =>
    formulas[r]![c] !== "" || !sameValue(wanted[r]![c], held[r]![c]);
  for (const b of changedBlocks(rows, columns, differs)) {
    writeBlock(sheet, b.top, b.left, slice(wanted, b));
  }
}

/** Rows between the anchors of two charts, so they never overlap. */
const CHART_SPACING_ROWS = 20;

interface ChartSpec {
  readonly block: ChartBlock;
  /** The data range, in A1 notation. */
  readonly range: string;
  readonly row: number;
  readonly rows: number;
  readonly columns: number;
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

function chartSpec(block: ChartBlock, row: number, width: number, index: number): ChartSpec {
  const columns = block.grid[0]!.length;
  const rows = block.grid.length;
  const range = `${a1(row, 0)}:${a1(row + rows - 1, columns - 1)}`;
  return {
    block,
    range,
    row,
    rows,
    columns,
    anchorRow: 1 + index * CHART_SPACING_ROWS,
    anchorColumn: width + 2,
  };
}

/** What tells a chart of ours: its data range, headers, title and anchor cell. */
function signature(range: string, headers: number, title: unknown, row: number, column: number) {
  return [range, headers, String(title ?? ""), row, column].join("|");
}

/**
 * Keeps the charts already drawn as wanted (they read their data range, so new figures show
 * without drawing them again), removes the others and inserts the missing ones: a second run
 * over the same data removes and inserts nothing.
 */
function placeCharts(sheet: Sheet, charts: Charts, specs: readonly ChartSpec[]): void {
  const wanted = new Map(
    specs.map((s) => [signature(s.range, 1, s.block.title, s.anchorRow, s.anchorColumn), s]),
  );
  const kept = new Set<string>();
  for (const chart of sheet.getCharts()) {
    const info = chart.getContainerInfo();
    const key = signature(
      chart
        .getRanges()
        .map((r) => r.getA1Notation())
        .join(","),
      chart.getNumHeaders(),
      chart.getOptions().get("title"),
      info.getAnchorRow(),
      info.getAnchorColumn(),
    );
    if (wanted.has(key) && !kept.has(key)) kept.add(key);
    else sheet.removeChart(chart);
  }
  for (const [key, s] of wanted) if (!kept.has(key)) insertChart(sheet, charts, s);
}

function insertChart(sheet: Sheet, charts: Charts, s: ChartSpec): void {
  const b = s.block;
  const builder = sheet
    .newChart()
    .setChartType(b.kind === "column" ? charts.ChartType.COLUMN : charts.ChartType.LINE)
    .addRange(sheet.getRange(s.row + 1, 1, s.rows, s.columns))
    .setNumHeaders(1)
    .setOption("title", b.title)
    .setPosition(s.anchorRow, s.anchorColumn, 0, 0);
  if (b.kind === "column") builder.setOption("isStacked", true);
  else builder.setOption("vAxis.format", "0%");
  sheet.insertChart(builder.build());
}
