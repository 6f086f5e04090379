/**
 * Writes the template (blank or sample) as an XLSX file laid out from the schema. It opens on
 * a "Hướng dẫn" tab that says what to fill in which order, then Thông tin and the other input
 * tabs; the dropdown lists sit in a hidden tab at the end. Headers are bold, named-font,
 * frozen and tall enough for their wrapped text; every column has a width; each dropdown
 * column carries one validation rule with an input message; computed columns are shaded.
 */
import ExcelJS from "exceljs";
import type { ColumnDef, NamedGrid, TabDef, TemplateColumn } from "../../core/index.js";
import {
  choiceLabels,
  columnLetter,
  FILLS,
  PLAIN_TEXT_FORMAT,
  SCHEMA,
  TAB_NAMES,
  TEMPLATE_GUIDE,
  type TemplateData,
  templateColumns,
  templateGrids,
  templateYears,
} from "../../core/index.js";
import { WRITER_TEXT } from "../messages.vi.js";

/** A hidden tab holding the dropdown lists (labels may contain commas, so no inline lists). */
export const LISTS_TAB = TAB_NAMES.lists;

/** The tab the template opens on. */
export const GUIDE_TAB = TAB_NAMES.guide;

/** Fills shared with the archive and the add-on. */
export const COMPUTED_FILL = FILLS.computed;
export const HEADER_FILL = FILLS.header;

/**
 * The template's font, named on headers and the guide: the workbook default of Excel and of
 * exceljs (so rows people add look the same), with every Vietnamese letter; LibreOffice shows
 * it with its metric twin Carlito.
 */
export const TEMPLATE_FONT = { name: "Calibri", size: 11 } as const;

/** Rows with dropdowns below the header, at least; a sample's rows are always covered. */
export const VALIDATED_ROWS = 500;

/** Points per line of 11-point text (Excel's default row), with room for the cell's padding. */
const POINTS_PER_LINE = 15;
const ROW_PADDING = 3;

/** A4 landscape, fit to the page's width. */
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** Width of the guide's single text column, in characters. */
const GUIDE_WIDTH = 110;

export interface TemplateOptions {
  /**
   * The day the template is made: the blank template's school years follow it, and it is
   * the file's creation date. Defaults to now; tests and the committed files pass their own.
   */
  readonly now?: Date;
}

/** Lines a text needs in a wrapped cell `width` characters wide (a rough measure, as Excel has none in the file). */
export function linesFor(text: string, width: number): number {
  // A character is a little narrower than a width unit on average; 1.1 keeps rows snug.
  const perLine = Math.max(1, Math.floor(width * 1.1));
  return text
    .split("\n")
    .reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}

/** A row height in points that shows `lines` lines of the template's font. */
function heightFor(lines: number): number {
  return Math.min(409, lines * POINTS_PER_LINE + ROW_PADDING);
}

/** Where each dropdown's labels sit in the lists tab, keyed by "tab.column". */
interface ListPlan {
  readonly ranges: ReadonlyMap<string, string>;
  readonly columns: readonly { readonly header: string; readonly labels: readonly string[] }[];
}

/** One column of the lists tab per distinct dropdown (Thông tin's keys have none). */
function planLists(): ListPlan {
  const ranges = new Map<string, string>();
  const columns: { header: string; labels: string[] }[] = [];
  for (const def of SCHEMA) {
    for (const c of def.columns) {
      if (!c.choice || c.key === "infoKey" || ranges.has(`${def.key}.${c.key}`)) continue;
      const labels = choiceLabels(c.choice);
      columns.push({ header: c.header, labels });
      const letter = columnLetter(columns.length - 1);
      ranges.set(
        `${def.key}.${c.key}`,
        `'${LISTS_TAB}'!$${letter}$2:$${letter}$${labels.length + 1}`,
      );
    }
  }
  return { ranges, columns };
}

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** The first tab: a title and the five steps, one per wrapped row. */
function addGuide(wb: ExcelJS.Workbook): void {
  // exceljs writes `tabSelected` but does not type it.
  const view = { showGridLines: false, tabSelected: true } as Partial<ExcelJS.WorksheetView>;
  const sheet = wb.addWorksheet(GUIDE_TAB, { views: [view], pageSetup: PAGE });
  sheet.columns = [{ width: GUIDE_WIDTH }];
  const title = sheet.addRow([TEMPLATE_GUIDE.title]);
  title.font = { ...TEMPLATE_FONT, size: 13, bold: true };
  title.alignment = { wrapText: true, vertical: "middle" };
  // 13-point letters are about a fifth wider than 11-point ones.
  title.height = heightFor(linesFor(TEMPLATE_GUIDE.title, GUIDE_WIDTH / 1.2)) + 4;
  for (const step of TEMPLATE_GUIDE.steps) {
    const row = sheet.addRow([step]);
    row.font = { ...TEMPLATE_FONT };
    row.alignment = { wrapText: true, vertical: "top" };
    row.height = heightFor(linesFor(step, GUIDE_WIDTH));
  }
}

/** The hidden last tab the dropdowns point at. */
function addLists(wb: ExcelJS.Workbook, plan: ListPlan): void {
  const sheet = wb.addWorksheet(LISTS_TAB, { state: "hidden" });
  plan.columns.forEach((list, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, ...list.labels.map((l) => [...l].length + 2));
    sheet.getCell(1, i + 1).value = list.header;
    list.labels.forEach((label, r) => {
      sheet.getCell(r + 2, i + 1).value = label;
    });
  });
}

/** The header row: named bold font, wrapped, shaded (grey over computed columns), tall enough. */
function styleHeader(sheet: ExcelJS.Worksheet, columns: readonly TemplateColumn[]): void {
  const header = sheet.getRow(1);
  header.font = { ...TEMPLATE_FONT, bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  columns.forEach((c, i) => {
    header.getCell(i + 1).fill = solid(c.computed ? COMPUTED_FILL : HEADER_FILL);
  });
  header.height = heightFor(Math.max(...columns.map((c) => linesFor(c.header, c.width))));
}

/** One validation rule over a column's data rows, with an input message saying what to pick. */
function listRule(c: ColumnDef, range: string): ExcelJS.DataValidation {
  const strict = !!c.choice?.strict;
  return {
    type: "list",
    allowBlank: true,
    formulae: [range],
    showInputMessage: true,
    promptTitle: c.header.slice(0, 32),
    prompt: strict ? TEMPLATE_GUIDE.strictChoiceHelp : TEMPLATE_GUIDE.choiceHelp,
    showErrorMessage: strict,
    errorStyle: "warning",
    ...(strict
      ? {
          errorTitle: TEMPLATE_GUIDE.strictChoiceErrorTitle,
          error: TEMPLATE_GUIDE.strictChoiceError(c.header),
        }
      : {}),
  };
}

/** exceljs keeps a sheet's rules keyed by address; a range address is written as one rule. */
interface RuleStore {
  readonly dataValidations: { add(address: string, rule: ExcelJS.DataValidation): void };
}

/** Wrapping of long-text columns, shading of computed cells, and each dropdown's one rule. */
function styleColumns(
  sheet: ExcelJS.Worksheet,
  def: TabDef,
  columns: readonly TemplateColumn[],
  rowCount: number,
  lists: ListPlan,
): void {
  const lastRow = Math.max(rowCount, VALIDATED_ROWS + 1);
  for (const c of def.columns) {
    const index = columns.findIndex((x) => x.key === c.key) + 1;
    if (index === 0) continue;
    const column = sheet.getColumn(index);
    if (c.type === "longText") column.alignment = { wrapText: true, vertical: "top" };
    if (c.computed) {
      for (let r = 2; r <= rowCount; r++) sheet.getCell(r, index).fill = solid(COMPUTED_FILL);
    }
    const range = lists.ranges.get(`${def.key}.${c.key}`);
    if (c.choice && range) {
      // One rule per column range: per-cell rules make exceljs write overlapping ones.
      const address = `${column.letter}2:${column.letter}${lastRow}`;
      (sheet as unknown as RuleStore).dataValidations.add(address, listRule(c, range));
    }
  }
}

/** One input tab: frozen header, A4 landscape, widths, rows, header and column styles. */
function addTab(
  wb: ExcelJS.Workbook,
  def: TabDef,
  grid: NamedGrid,
  years: readonly string[],
  lists: ListPlan,
): void {
  const sheet = wb.addWorksheet(def.name, {
    views: [{ state: "frozen", ySplit: 1, xSplit: def.key === "indicators" ? 1 : 0 }],
    pageSetup: PAGE,
  });
  const columns: TemplateColumn[] =
    def.key === "info"
      ? def.columns.map((c) => ({ key: c.key, header: c.header, width: c.width, computed: false }))
      : templateColumns(def, years);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  for (const row of grid.values) sheet.addRow(row);
  columns.forEach((c, i) => {
    // The column's own style: cells people type later in it are text too, not dates.
    if (c.plainText) sheet.getColumn(i + 1).numFmt = PLAIN_TEXT_FORMAT;
  });
  // Columns first: a column's alignment would otherwise override the header's.
  styleColumns(sheet, def, columns, grid.values.length, lists);
  styleHeader(sheet, columns);
}

/** Builds the template workbook in memory; without data, the blank template of `options.now`. */
export function templateWorkbook(
  data?: TemplateData,
  options: TemplateOptions = {},
): ExcelJS.Workbook {
  const now = options.now ?? new Date();
  const years = templateYears(data, now);
  const grids = templateGrids(data, now);
  const wb = new ExcelJS.Workbook();
  wb.creator = "tongket";
  wb.title = data?.info.unitName
    ? WRITER_TEXT.templateTitle(data.info.unitName)
    : WRITER_TEXT.blankTemplateTitle;
  wb.created = now;
  wb.modified = now;
  // Opens on the guide (the first tab), which is also the selected one.
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  const lists = planLists();
  addGuide(wb);
  for (const def of SCHEMA) {
    addTab(wb, def, grids.find((g) => g.name === def.name)!, years, lists);
  }
  addLists(wb, lists);
  return wb;
}

/** The template's XLSX bytes (the offline page's downloads; the CLI writes the same workbook). */
export async function templateBytes(
  data?: TemplateData,
  options: TemplateOptions = {},
): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(data, options).xlsx.writeBuffer());
}
