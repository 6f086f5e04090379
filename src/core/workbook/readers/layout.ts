/**
 * Where things are in a tab: the tab itself (found by name), its header row, and the column of
 * every known header and school-year result column, in any order.
 */

import { at, issue, type Problem } from "../../base/problems.js";
import { a1, anyOf, cleanText, foldKey, matchKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import { RESULT_WORDS, SCHOOL_YEAR_WORDS } from "../../vocabulary/words.js";
import { parseSchoolYear } from "../cells/periods.js";
import type { CellValue } from "../cells/value.js";
import type { Grid, NamedGrid, TabLayout } from "../model.js";
import type { TabDef } from "../schema.js";

/** Finds a tab by name regardless of Unicode form, tone placement, case and spaces. */
export function findTab(grids: readonly NamedGrid[], name: string): NamedGrid | undefined {
  const key = matchKey(name);
  return grids.find((g) => matchKey(g.name) === key);
}

const YEAR_HEADER = new RegExp(
  String.raw`^${anyOf(RESULT_WORDS)}?\s*${anyOf(SCHOOL_YEAR_WORDS)}?\s*(\d{4}\s*[-–—/]\s*\d{2,4})$`,
);

/** The school year of a result column header ("Kết quả 2021-2022", "KQ NH 2021-2022"). */
function yearOfHeader(header: CellValue): string | undefined {
  if (typeof header !== "string") return undefined;
  const m = YEAR_HEADER.exec(foldKey(header));
  if (!m) return undefined;
  return parseSchoolYear(m[1]!).value ?? undefined;
}

/** A header written like a result column's whose years are no school year ("Kết quả 2019-2021"). */
function badYearHeader(header: CellValue): boolean {
  return typeof header === "string" && YEAR_HEADER.test(foldKey(header)) && !yearOfHeader(header);
}

function headerMatches(def: TabDef, header: CellValue): string | undefined {
  if (typeof header !== "string" || cleanText(header) === "") return undefined;
  const key = matchKey(header);
  for (const c of def.columns) {
    if (matchKey(c.header) === key || (c.aliases ?? []).some((a) => matchKey(a) === key)) {
      return c.key;
    }
  }
  return undefined;
}

/** The header row: the one among the first ten that names the most known columns. */
function headerRowOf(def: TabDef, grid: Grid): number {
  let headerRow = 0;
  let best = -1;
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const row = grid[r] ?? [];
    const score = row.filter((h) => headerMatches(def, h) || yearOfHeader(h)).length;
    if (score > best) {
      best = score;
      headerRow = r;
    }
  }
  return headerRow;
}

/** Lays out a tab: picks the header row and maps every column. */
export function layoutTab(
  def: TabDef,
  name: string,
  grid: Grid,
  problems: Problem[] = [],
): TabLayout {
  const headerRow = headerRowOf(def, grid);
  const header = grid[headerRow] ?? [];
  const columns: Record<string, number> = {};
  const yearColumns: { schoolYear: string; column: number }[] = [];
  const unknownColumns: { header: string; column: number }[] = [];
  header.forEach((h, column) => {
    const key = headerMatches(def, h);
    const year = def.yearColumns ? yearOfHeader(h) : undefined;
    const text = typeof h === "string" ? cleanText(h) : h == null ? "" : String(h);
    if (key !== undefined) {
      if (columns[key] === undefined) columns[key] = column;
      else problems.push(at(name, a1(headerRow, column), dup(text)));
    } else if (year !== undefined) {
      if (yearColumns.some((y) => y.schoolYear === year)) {
        problems.push(at(name, a1(headerRow, column), dup(text)));
      } else yearColumns.push({ schoolYear: year, column });
    } else if (text !== "") {
      // Kept as an unknown column (the archive copies it), but said: its figures are not read.
      if (def.yearColumns && badYearHeader(h)) {
        const found = issue("error", "bad-year-header", MESSAGES.badYearHeader(text));
        problems.push(at(name, a1(headerRow, column), found));
      }
      unknownColumns.push({ header: text, column });
    }
  });
  for (const c of def.columns) {
    if (c.required && columns[c.key] === undefined && grid.length > 0) {
      problems.push(
        at(
          name,
          a1(headerRow, 0),
          issue("error", "missing-header", MESSAGES.missingHeader(c.header)),
        ),
      );
    }
  }
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return { key: def.key, name, headerRow, columns, yearColumns, unknownColumns, width };
}

function dup(header: string) {
  return issue("warning", "duplicate-header", MESSAGES.duplicateHeader(header));
}
