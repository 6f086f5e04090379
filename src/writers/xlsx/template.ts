/**
 * Writes the template (blank or sample) as an XLSX file laid out from the schema: bold
 * frozen headers, column widths, dropdowns for closed lists, computed columns shaded.
 */
import ExcelJS from "exceljs";
import type { NamedGrid } from "../../core/index.js";
import {
  BLANK_SCHOOL_YEARS,
  choiceLabels,
  FILLS,
  SCHEMA,
  TAB_NAMES,
  type TemplateData,
  templateColumns,
  templateGrids,
} from "../../core/index.js";
import { WRITER_TEXT } from "../messages.vi.js";

/** A hidden tab holding the dropdown lists (labels may contain commas, so no inline lists). */
export const LISTS_TAB = TAB_NAMES.lists;

/** Fills shared with the archive and the add-on. */
export const COMPUTED_FILL = FILLS.computed;
export const HEADER_FILL = FILLS.header;

/** Builds the template workbook in memory. */
export function templateWorkbook(data?: TemplateData): ExcelJS.Workbook {
  const grids: NamedGrid[] = templateGrids(data);
  const years = data?.schoolYears ?? BLANK_SCHOOL_YEARS;
  const wb = new ExcelJS.Workbook();
  wb.creator = "tongket";
  wb.title = data?.info.unitName
    ? WRITER_TEXT.templateTitle(data.info.unitName)
    : WRITER_TEXT.blankTemplateTitle;
  // Fixed dates keep the generated files byte-stable across runs.
  wb.created = new Date(Date.UTC(2022, 9, 3));
  wb.modified = wb.created;
  const lists = wb.addWorksheet(LISTS_TAB, { state: "hidden" });
  const listRanges = new Map<string, string>();
  for (const def of SCHEMA) {
    for (const c of def.columns) {
      if (!c.choice || c.key === "infoKey" || listRanges.has(c.key)) continue;
      const labels = choiceLabels(c.choice);
      const col = listRanges.size + 1;
      lists.getCell(1, col).value = c.header;
      labels.forEach((l, i) => {
        lists.getCell(i + 2, col).value = l;
      });
      const letter = lists.getColumn(col).letter;
      listRanges.set(
        `${def.key}.${c.key}`,
        `'${LISTS_TAB}'!$${letter}$2:$${letter}$${labels.length + 1}`,
      );
    }
  }
  for (const def of SCHEMA) {
    const grid = grids.find((g) => g.name === def.name)!;
    const sheet = wb.addWorksheet(def.name, {
      views: [{ state: "frozen", ySplit: 1, xSplit: def.key === "indicators" ? 1 : 0 }],
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const columns =
      def.key === "info"
        ? def.columns.map((c) => ({ ...c, computed: !!c.computed }))
        : templateColumns(def, years);
    sheet.columns = columns.map((c) => ({ width: c.width }));
    for (const row of grid.values) sheet.addRow(row);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: c.computed ? COMPUTED_FILL : HEADER_FILL },
      };
    });
    const lastRow = Math.max(grid.values.length, 200);
    def.columns.forEach((c) => {
      const index = columns.findIndex((x) => x.key === c.key);
      if (index < 0) return;
      const column = sheet.getColumn(index + 1);
      if (c.type === "longText") column.alignment = { wrapText: true, vertical: "top" };
      if (c.computed) {
        for (let r = 2; r <= grid.values.length; r++) {
          sheet.getCell(r, index + 1).fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: COMPUTED_FILL },
          };
        }
      }
      const range = listRanges.get(`${def.key}.${c.key}`);
      if (c.choice && range) {
        for (let r = 2; r <= lastRow; r++) {
          sheet.getCell(r, index + 1).dataValidation = {
            type: "list",
            allowBlank: true,
            showErrorMessage: c.choice.strict,
            errorStyle: "warning",
            formulae: [range],
          };
        }
      }
    });
  }
  return wb;
}

/** The template's XLSX bytes (the offline page's downloads; the CLI writes the same workbook). */
export async function templateBytes(data?: TemplateData): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(data).xlsx.writeBuffer());
}
