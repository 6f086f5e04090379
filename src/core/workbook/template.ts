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

/** School years of the blank template: the coming term. */
export const BLANK_SCHOOL_YEARS = ["2022-2023", "2023-2024", "2024-2025"] as const;

export interface TemplateColumn {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly computed: boolean;
  /** Set for a school year's result column. */
  readonly schoolYear?: string;
}

/** The columns of a tab in template order, school-year columns placed after the target. */
export function templateColumns(def: TabDef, schoolYears: readonly string[]): TemplateColumn[] {
  const out: TemplateColumn[] = [];
  for (const c of def.columns) {
    out.push({ key: c.key, header: c.header, width: c.width, computed: !!c.computed });
    if (def.yearColumns && c.key === def.yearColumns.after) {
      for (const y of schoolYears) {
        out.push({
          key: `year:${y}`,
          header: yearColumnHeader(y),
          width: def.yearColumns.width,
          computed: false,
          schoolYear: y,
        });
      }
    }
  }
  return out;
}

function infoGrid(def: TabDef, data?: TemplateData): Grid {
  const header = def.columns.map((c) => c.header);
  const rows: Grid = (Object.keys(INFO_KEYS) as InfoKey[]).map((k) => {
    const row: CellValue[] = [INFO_KEYS[k], ""];
    if (k === "schoolYears") row[1] = (data?.schoolYears ?? BLANK_SCHOOL_YEARS).join("; ");
    else row[1] = data?.info[k] ?? "";
    while (row.length < header.length) row.push("");
    return row;
  });
  return [header, ...rows];
}

/** Grids of every tab of the template; with data, the sample workbook. */
export function templateGrids(data?: TemplateData): NamedGrid[] {
  const years = data?.schoolYears ?? BLANK_SCHOOL_YEARS;
  return SCHEMA.map((def) => {
    if (def.key === "info") return { name: def.name, values: infoGrid(def, data) };
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
