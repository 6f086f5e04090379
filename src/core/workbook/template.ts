/**
 * The template as grids: headers from the schema, and rows from sample data when given.
 * The blank and sample workbooks, and the add-on's set-up, are all made from this.
 */
import { INFO_KEYS } from "../vocabulary/vi.js";
import type { Grid, NamedGrid } from "./model.js";
import type { CellValue } from "./parse.js";
import { type InfoKey, SCHEMA, type TabDef, type TabKey, yearColumnHeader } from "./schema.js";

/** Sample rows by column key; indicator results are listed per school year. */
export interface TemplateData {
  readonly info: Readonly<Partial<Record<InfoKey, string>>>;
  readonly schoolYears: readonly string[];
  readonly rows: Readonly<
    Partial<Record<Exclude<TabKey, "info">, readonly Readonly<Record<string, CellValue>>[]>>
  >;
  /** For indicators: results per school year, in the order of `schoolYears`. */
  readonly results?: Readonly<Record<string, readonly CellValue[]>>;
}

/** How many school years (result columns) the blank template offers. */
export const BLANK_YEAR_COUNT = 3;

/**
 * The first month (0-based) of a school year: August, when schools plan the year that opens
 * in early September; the summer months still belong to the year that ended in May.
 */
const SCHOOL_YEAR_FIRST_MONTH = 7;

/** Vietnam is UTC+7 all year: the school year turns over by the date in Vietnam. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The school year a date falls in, e.g. 2 December 2026 → "2026-2027", 5 May 2027 → the same. */
export function schoolYearOf(now: Date): string {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const year = local.getUTCFullYear();
  const first = local.getUTCMonth() >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
  return `${first}-${first + 1}`;
}

/**
 * School years of the blank template: the one in progress on `now` and the ones after it,
 * so a school starting a sheet fills the years ahead, not a past term. The clock is a
 * parameter so that callers (and tests) decide what "now" is.
 */
export function blankSchoolYears(now: Date): string[] {
  const first = Number(schoolYearOf(now).slice(0, 4));
  return Array.from({ length: BLANK_YEAR_COUNT }, (_, i) => `${first + i}-${first + i + 1}`);
}

export interface TemplateColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly computed: boolean;
  /** Set for a school year's result column. */
  readonly schoolYear?: string;
  /**
   * A figure column (target, results, next-term target): formatted as plain text, so that a
   * spreadsheet program keeps "4-5", "10/2022", "1-2" as typed instead of turning them into dates.
   */
  readonly plainText?: boolean;
}

/** The number format of plain text, in Excel, LibreOffice and Google Sheets alike. */
export const PLAIN_TEXT_FORMAT = "@";

/** Whether a column of a tab holds figures people type (target, result, next-term target). */
export function isFigureColumn(c: { readonly type: string }): boolean {
  return c.type === "measure";
}

/** The columns of a tab in template order, school-year columns placed after the target. */
export function templateColumns(def: TabDef, schoolYears: readonly string[]): TemplateColumn[] {
  const out: TemplateColumn[] = [];
  for (const c of def.columns) {
    out.push({
      key: c.key,
      header: c.header,
      width: c.width,
      computed: !!c.computed,
      ...(isFigureColumn(c) ? { plainText: true } : {}),
    });
    if (def.yearColumns && c.key === def.yearColumns.after) {
      for (const y of schoolYears) {
        out.push({
          key: `year:${y}`,
          header: yearColumnHeader(y),
          width: def.yearColumns.width,
          computed: false,
          schoolYear: y,
          plainText: true,
        });
      }
    }
  }
  return out;
}

function infoGrid(def: TabDef, years: readonly string[], data?: TemplateData): Grid {
  const header = def.columns.map((c) => c.header);
  const rows: Grid = (Object.keys(INFO_KEYS) as InfoKey[]).map((k) => {
    const row: CellValue[] = [INFO_KEYS[k], ""];
    if (k === "schoolYears") row[1] = years.join("; ");
    else row[1] = data?.info[k] ?? "";
    while (row.length < header.length) row.push("");
    return row;
  });
  return [header, ...rows];
}

/** The school years a template is made for: the data's, else the blank template's on `now`. */
export function templateYears(data: TemplateData | undefined, now: Date): readonly string[] {
  return data?.schoolYears ?? blankSchoolYears(now);
}

/**
 * Grids of every tab of the template; with data, the sample workbook. `now` dates the blank
 * template's school years (see {@link blankSchoolYears}); the sample keeps its own.
 */
export function templateGrids(data?: TemplateData, now: Date = new Date()): NamedGrid[] {
  const years = templateYears(data, now);
  return SCHEMA.map((def) => {
    if (def.key === "info") return { name: def.name, values: infoGrid(def, years, data) };
    const columns = templateColumns(def, years);
    const header: CellValue[] = columns.map((c) => c.header);
    const rows = (data?.rows[def.key] ?? []).map((record) =>
      columns.map((c): CellValue => {
        if (c.schoolYear !== undefined) {
          const code = String(record.code ?? "");
          return data?.results?.[code]?.[years.indexOf(c.schoolYear)] ?? "";
        }
        return c.computed ? "" : (record[c.key] ?? "");
      }),
    );
    return { name: def.name, values: [header, ...rows] };
  });
}
