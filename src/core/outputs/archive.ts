/**
 * The archive export as format-neutral sheets: which tabs, in which order, which cells hold
 * numbers (and how they should show), which are computed, which are judgements. The XLSX
 * writer in the command line only maps these to styles; nothing here knows about XLSX.
 *
 * Every input tab is copied cell for cell at the same addresses (so the problem list's
 * "Chỉ tiêu!I6" still points at the right cell), unknown columns and tabs included. A stale
 * summary or notes tab in the input is replaced by a fresh one.
 */

export {
  type ArchiveCell,
  type ArchiveFormat,
  FILLS,
  figureCell,
  JUDGEMENT_COLOURS,
  judgementOfText,
} from "./archive-cells.js";

import { dateOfSerial, toTwelveDigits } from "../base/numbers.js";
import { matchKey, parseA1 } from "../base/text.js";
import { ARCHIVE, SUMMARY } from "../i18n/messages.js";
import type { Analysis } from "../judge/analyse.js";
import type { IndicatorVerdict } from "../judge/evaluate.js";
import { TAB_NAMES } from "../vocabulary/vi.js";
import type { Figure, NamedGrid, TabLayout } from "../workbook/model.js";
import type { CellValue } from "../workbook/parse.js";
import { type TabKey, tabDef } from "../workbook/schema.js";
import {
  type ArchiveCell,
  figureCell,
  judgementOfText,
  measuredWidth,
  plainCell,
  wholeCell,
} from "./archive-cells.js";
import { computedColumns } from "./computed.js";
import { buildSummary, columnOf, type SummaryColumnKey, summaryGrid } from "./summary.js";

export type ArchiveRole = "tab" | "summary" | "notes";

export interface ArchiveSheet {
  readonly name: string;
  readonly role: ArchiveRole;
  /** The tab of the template this is, when it is one. */
  readonly key?: TabKey;
  readonly hidden: boolean;
  /** 0-based rows styled as headers (bold, shaded). The last of the leading ones is frozen. */
  readonly headerRows: readonly number[];
  /** Rows above and including this 0-based row are frozen and repeated on every page. */
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Columns whose header is computed by the tool (shaded differently). */
  readonly computedColumns: readonly number[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  readonly rowCount: number;
  /** The rows, produced lazily so a streaming writer never holds them all. */
  rows(): Iterable<ArchiveCell[]>;
}

export interface ArchiveNotes {
  /** When the export was made. */
  readonly madeAt: Date;
  /** Where the data came from, in Vietnamese ("File …", "Google Sheet …"). */
  readonly source: string;
  readonly version: string;
}

export interface ArchiveProperties {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  readonly keywords: string;
  readonly description: string;
}

export interface ArchivePlan {
  readonly sheets: readonly ArchiveSheet[];
  readonly properties: ArchiveProperties;
  /** Rows over all sheets, for progress. */
  readonly totalRows: number;
}

/** Fill and text colours of judgements (ARGB hex), shared by every output that colours them. */
/** Fills (ARGB) of header cells and of computed columns, shared by every writer. */
interface ColumnRole {
  width: number;
  cell: (raw: CellValue, row: number) => ArchiveCell;
}

/** The copy of one input tab the schema knows, with typed cells and (for Chỉ tiêu) computed columns. */
/** How each typed column of a known tab is written: numbers as numbers, long text wrapped. */
function typedColumns(layout: TabLayout): Map<number, ColumnRole> {
  const def = tabDef(layout.key);
  const byColumn = new Map<number, ColumnRole>();
  for (const c of def.columns) {
    const column = layout.columns[c.key];
    if (column === undefined || c.computed) continue;
    let cell: ColumnRole["cell"] = (raw) => plainCell(raw);
    if (layout.key === "awards" && c.key === "count") cell = (raw) => wholeCell(raw, false);
    if (layout.key === "funding" && c.key === "amount") cell = (raw) => wholeCell(raw, true);
    if (layout.key === "members" && c.key === "value") {
      cell = (raw) => (typeof raw === "number" ? wholeCell(raw, false) : plainCell(raw));
    }
    if (c.type === "longText") {
      const inner = cell;
      cell = (raw, row) => ({ ...inner(raw, row), wrap: true });
    }
    byColumn.set(column, { width: c.width, cell });
  }
  return byColumn;
}

/** The live sheet gives dates as serial numbers; the archive shows the report date as a date. */
function withReportDate(
  byColumn: Map<number, ColumnRole>,
  layout: TabLayout,
  analysis: Analysis,
): void {
  const dateCell = analysis.workbook.info.cells.reportDate;
  if (layout.key === "info" && dateCell && analysis.workbook.info.reportDate) {
    const at = parseA1(dateCell);
    const role = at ? byColumn.get(at.column) : undefined;
    if (at && role) {
      byColumn.set(at.column, {
        width: role.width,
        cell: (raw, row) =>
          row === at.row && typeof raw === "number"
            ? { v: dateOfSerial(Math.round(raw)), f: "date" }
            : role.cell(raw, row),
      });
    }
  }
}

/** Chỉ tiêu's figure columns and its computed columns (deleted ones come back at the end). */
function indicatorColumns(
  grid: NamedGrid,
  layout: TabLayout,
  analysis: Analysis,
  byColumn: Map<number, ColumnRole>,
): { width: number; computed: number[]; extraHeaders: { column: number; header: string }[] } {
  const def = tabDef(layout.key);
  const verdictByRow = new Map<number, IndicatorVerdict>();
  const computed: number[] = [];
  let width = grid.values.reduce((w, r) => Math.max(w, r.length), layout.width);
  const extraHeaders: { column: number; header: string }[] = [];
  for (const v of analysis.evaluation.indicators) verdictByRow.set(v.indicator.row, v);
  const figureColumn = (column: number | undefined, pick: (v: IndicatorVerdict) => Figure) => {
    if (column === undefined) return;
    const previous = byColumn.get(column);
    byColumn.set(column, {
      width: previous?.width ?? def.yearColumns!.width,
      cell: (raw, row) => {
        const v = verdictByRow.get(row);
        return v ? figureCell(raw, pick(v), v.indicator.unit) : plainCell(raw);
      },
    });
  };
  figureColumn(layout.columns.target, (v) => v.indicator.target);
  figureColumn(layout.columns.termResult, (v) => v.indicator.termResult);
  figureColumn(layout.columns.nextTarget, (v) => v.indicator.nextTarget);
  for (const y of layout.yearColumns) {
    figureColumn(y.column, (v) => v.indicator.results[y.schoolYear]!);
  }
  // Computed columns the user deleted come back at the end, so the archive is complete.
  const columns: Record<string, number> = { ...layout.columns };
  for (const c of def.columns) {
    if (!c.computed || columns[c.key] !== undefined) continue;
    columns[c.key] = width;
    extraHeaders.push({ column: width, header: c.header });
    width++;
  }
  const extended: TabLayout = { ...layout, columns, width };
  const writes = computedColumns(extended, analysis.evaluation.indicators, grid.values.length);
  for (const w of writes) {
    computed.push(w.column);
    const c = def.columns.find((x) => x.key === w.key)!;
    byColumn.set(w.column, {
      width: c.width,
      cell: (_raw, row) => {
        const value = w.values[row - w.firstRow] ?? "";
        if (w.key === "judgement") {
          const v = verdictByRow.get(row);
          return v
            ? { v: value, f: "judgement", judgement: v.term.judgement, computed: true }
            : { v: value, computed: true };
        }
        if (w.key === "gap") {
          const gap = verdictByRow.get(row)?.term.gap;
          return typeof gap === "number"
            ? { v: toTwelveDigits(gap), f: "signed", computed: true }
            : { v: value, computed: true };
        }
        return { v: value, computed: true };
      },
    });
  }
  return { width, computed, extraHeaders };
}

function knownTab(grid: NamedGrid, layout: TabLayout, analysis: Analysis): ArchiveSheet {
  const byColumn = typedColumns(layout);
  withReportDate(byColumn, layout, analysis);
  const headerRow = layout.headerRow;
  const { width, computed, extraHeaders } =
    layout.key === "indicators"
      ? indicatorColumns(grid, layout, analysis, byColumn)
      : {
          width: grid.values.reduce((w, r) => Math.max(w, r.length), layout.width),
          computed: [],
          extraHeaders: [],
        };
  const computedValues = new Set(computed);
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    widths.push(byColumn.get(c)?.width ?? measuredWidth(grid.values, c));
  }
  const header = new Map(extraHeaders.map((h) => [h.column, h.header]));
  const rows = grid.values;
  return {
    name: grid.name,
    role: "tab",
    key: layout.key,
    hidden: false,
    headerRows: [headerRow],
    frozenRows: headerRow + 1,
    frozenColumns: layout.key === "indicators" && layout.columns.code === 0 ? 1 : 0,
    computedColumns: computed,
    widths,
    rowCount: Math.max(rows.length, headerRow + 1),
    *rows() {
      const count = Math.max(rows.length, headerRow + 1);
      for (let r = 0; r < count; r++) {
        const source = rows[r] ?? [];
        const out: ArchiveCell[] = new Array(width);
        for (let c = 0; c < width; c++) {
          const raw = source[c];
          if (r === headerRow) {
            out[c] = { v: header.get(c) ?? (raw === undefined ? null : raw) };
          } else if (r > headerRow) {
            const role = byColumn.get(c);
            const isComputed = computedValues.has(c);
            out[c] = role && (isComputed || raw !== undefined) ? role.cell(raw, r) : plainCell(raw);
          } else out[c] = plainCell(raw);
        }
        yield out;
      }
    },
  };
}

/** A tab the schema does not know: copied as it is, first row as its header. */
function unknownTab(grid: NamedGrid): ArchiveSheet {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const widths = Array.from({ length: width }, (_, c) => measuredWidth(grid.values, c));
  const hasHeader = (grid.values[0] ?? []).some((v) => v !== null && v !== undefined && v !== "");
  return {
    name: grid.name,
    role: "tab",
    hidden: matchKey(grid.name) === matchKey(TAB_NAMES.lists),
    headerRows: hasHeader ? [0] : [],
    frozenRows: hasHeader ? 1 : 0,
    frozenColumns: 0,
    computedColumns: [],
    widths,
    rowCount: grid.values.length,
    *rows() {
      for (const row of grid.values) {
        const out: ArchiveCell[] = [];
        for (let c = 0; c < width; c++) out.push(plainCell(row[c]));
        yield out;
      }
    },
  };
}

function summarySheet(analysis: Analysis): ArchiveSheet {
  const w = analysis.workbook;
  const sections = buildSummary(w, analysis.evaluation, analysis.problems);
  const title = SUMMARY.title(w.info.values.unitName ?? "", w.info.values.term ?? "");
  const { grid, placed } = summaryGrid(title, sections);
  const width = grid[0]?.length ?? 1;
  // Cells with formats, keyed by row: the grid holds only values.
  const formats = new Map<number, readonly ArchiveCell[]>();
  const headerRows: number[] = [];
  const titleRows = new Set<number>([0]);
  for (const p of placed) {
    titleRows.add(p.titleRow);
    headerRows.push(p.titleRow + 1);
    p.section.rows.forEach((row, i) => {
      const verdict = analysis.evaluation.indicators[i];
      // The judgement table quotes figures as typed; buildSummary lists one row per
      // indicator in evaluation order. Plain numbers become numbers.
      if (p.section.id === "judgements" && verdict) {
        const unit = verdict.indicator.unit;
        const col = (key: SummaryColumnKey, nth = 0) => columnOf(p.section, key, nth);
        const typed: ArchiveCell[] = row.map((c) => ({ v: c.v, f: c.f }));
        typed[col("target")] = figureCell(
          verdict.indicator.target.text,
          verdict.indicator.target,
          unit,
        );
        verdict.years.forEach((y, k) => {
          if (y.figure.text) typed[col("year", k)] = figureCell(y.figure.text, y.figure, unit);
        });
        const term = verdict.indicator.termResult;
        if (term.text) typed[col("term")] = figureCell(term.text, term, unit);
        if (typeof verdict.term.gap === "number") {
          typed[col("gap")] = { v: toTwelveDigits(verdict.term.gap), f: "signed" };
        }
        formats.set(p.titleRow + 2 + i, typed);
      } else formats.set(p.titleRow + 2 + i, row);
    });
  }
  // Widths follow the judgement table, the tab's main content; the smaller sections below
  // share its columns and wrap where their texts are longer. Titles span the row and are
  // left out, so they do not widen column A.
  const main = placed.find((p) => p.section.id === "judgements");
  const mainRows = main
    ? grid.slice(main.titleRow + 1, main.titleRow + 2 + main.section.rows.length)
    : grid;
  const widths = Array.from({ length: width }, (_, c) =>
    Math.max(SUMMARY_MIN_WIDTH, measuredWidth(mainRows, c, 40)),
  );
  return {
    name: TAB_NAMES.summary,
    role: "summary",
    hidden: false,
    headerRows,
    frozenRows: 1,
    frozenColumns: 0,
    computedColumns: [],
    widths,
    rowCount: grid.length,
    *rows() {
      for (let r = 0; r < grid.length; r++) {
        const typed = formats.get(r);
        const row = grid[r]!;
        yield row.map((v, c): ArchiveCell => {
          const cell = typed?.[c];
          const f = cell?.f;
          if (f === "judgement") return { v, f, judgement: judgementOfText(v) };
          if (cell && f && f !== "text" && typeof cell.v === "number") return cell;
          if (!titleRows.has(r) && typeof v === "string" && v.length > widths[c]!) {
            return { v, wrap: true };
          }
          return plainCell(v);
        });
      }
    },
  };
}

/** No summary column narrower than this, so the smaller sections stay readable. */
const SUMMARY_MIN_WIDTH = 14;

/** Hours east of UTC of Vietnam (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

function notesSheet(analysis: Analysis, notes: ArchiveNotes): ArchiveSheet {
  const w = analysis.workbook;
  const local = new Date(notes.madeAt.getTime() + VIETNAM_OFFSET_MS);
  const rows: ArchiveCell[][] = [
    [{ v: ARCHIVE.notesTitle }, { v: "" }],
    [{ v: ARCHIVE.notesHeader[0] }, { v: ARCHIVE.notesHeader[1] }],
    [{ v: ARCHIVE.madeAt }, { v: local, f: "dateTime" }],
    [{ v: ARCHIVE.source }, { v: notes.source }],
    [{ v: ARCHIVE.version }, { v: notes.version }],
    [{ v: ARCHIVE.unit }, { v: w.info.values.unitName ?? "" }],
    [{ v: ARCHIVE.term }, { v: w.info.values.term ?? "" }],
    [{ v: ARCHIVE.schoolYears }, { v: w.schoolYears.join(", ") }],
    [{ v: ARCHIVE.indicators }, { v: w.indicators.length, f: "integer" }],
    [{ v: ARCHIVE.problems }, { v: analysis.problems.length, f: "integer" }],
    [{ v: ARCHIVE.computedNote }, { v: ARCHIVE.computedText, wrap: true }],
    [{ v: ARCHIVE.formatNote }, { v: ARCHIVE.formatText, wrap: true }],
    [{ v: ARCHIVE.judgementNote }, { v: ARCHIVE.judgementText, wrap: true }],
  ];
  return {
    name: TAB_NAMES.notes,
    role: "notes",
    hidden: false,
    headerRows: [1],
    frozenRows: 2,
    frozenColumns: 0,
    computedColumns: [],
    widths: [30, 90],
    rowCount: rows.length,
    rows: () => rows,
  };
}

/**
 * The archive of a workbook: the summary first (what a reader opening the file years later
 * wants to see), then every input tab in its order, then the notes.
 */
export function archivePlan(
  grids: readonly NamedGrid[],
  analysis: Analysis,
  notes: ArchiveNotes,
): ArchivePlan {
  const replaced = new Set([matchKey(TAB_NAMES.summary), matchKey(TAB_NAMES.notes)]);
  const layouts = Object.values(analysis.workbook.layouts) as TabLayout[];
  const tabs = grids
    .filter((g) => !replaced.has(matchKey(g.name)))
    .map((g) => {
      const layout = layouts.find((l) => l.name === g.name);
      return layout ? knownTab(g, layout, analysis) : unknownTab(g);
    });
  const sheets = [summarySheet(analysis), ...tabs, notesSheet(analysis, notes)];
  const info = analysis.workbook.info.values;
  const unit = info.unitName ?? "";
  const term = info.term ?? "";
  return {
    sheets,
    totalRows: sheets.reduce((n, s) => n + s.rowCount, 0),
    properties: {
      title: ARCHIVE.title(unit, term),
      subject: ARCHIVE.subject(unit, term),
      author: info.signer || unit || "tongket",
      keywords: ARCHIVE.keywords(unit, term, analysis.workbook.schoolYears.join(", ")),
      description: `${ARCHIVE.source}: ${notes.source}. tongket ${notes.version}.`,
    },
  };
}
