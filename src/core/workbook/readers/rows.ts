/** Reading a tab row by row: cells looked up by column key, problems recorded in place. */

import { at, issue, type Problem } from "../../base/problems.js";
import { a1, matchKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import { parseLongText, parseText } from "../cells/text.js";
import type { CellValue, Parsed } from "../cells/value.js";
import type { Grid, NamedGrid, TabLayout } from "../model.js";
import { type TabKey, tabDef } from "../schema.js";
import { findTab, layoutTab } from "./layout.js";

/** Row reader bound to a tab: looks up cells by column key and records problems in place. */
export class RowReader {
  /** Columns whose content makes a row count (input columns and year columns). */
  private readonly inputColumns: readonly number[];

  constructor(
    readonly layout: TabLayout,
    readonly grid: Grid,
    readonly problems: Problem[],
    inputKeys: readonly string[],
  ) {
    this.inputColumns = [
      ...inputKeys.map((k) => layout.columns[k]),
      ...layout.yearColumns.map((y) => y.column),
    ].filter((c): c is number => c !== undefined);
  }

  raw(r: number, key: string): CellValue {
    const c = this.layout.columns[key];
    return c === undefined ? undefined : this.grid[r]?.[c];
  }

  /** Whether the tab has the column; a missing one is reported once, at the header row. */
  has(key: string): boolean {
    return this.layout.columns[key] !== undefined;
  }

  cell(r: number, key: string): string {
    const c = this.layout.columns[key];
    return c === undefined ? "" : a1(r, c);
  }

  take<T>(r: number, key: string, parsed: Parsed<T>): T | undefined {
    if (parsed.issue) this.problems.push(at(this.layout.name, this.cell(r, key), parsed.issue));
    return parsed.value ?? undefined;
  }

  text(r: number, key: string): string | undefined {
    return this.take(r, key, parseText(this.raw(r, key)));
  }

  long(r: number, key: string): string | undefined {
    return this.take(r, key, parseLongText(this.raw(r, key)));
  }

  /** True when no input cell of the row holds anything. */
  blank(r: number): boolean {
    const row = this.grid[r];
    if (!row) return true;
    for (const c of this.inputColumns) if (hasContent(row[c])) return false;
    return true;
  }
}

/**
 * Whether a cell holds something, as the parsers would see it (a formula error or spaces
 * alone do not count). Decided without parsing for the common cases: it runs on every input
 * cell of every row.
 */
function hasContent(value: CellValue): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (typeof value === "string") {
    const first = value.charCodeAt(0);
    if (first > 32 && first !== 35 /* "#" */ && first < 127) return true;
  } else if (typeof value === "boolean") return true;
  return parseText(value).value !== null;
}

/** A reader for a tab of the schema, or undefined (and a problem) when the tab is missing. */
export function openTab(
  key: TabKey,
  grids: readonly NamedGrid[],
  problems: Problem[],
  required: boolean,
): RowReader | undefined {
  const def = tabDef(key);
  const found = findTab(grids, def.name);
  if (!found) {
    problems.push(
      at(
        def.name,
        "",
        issue(required ? "error" : "warning", "missing-tab", MESSAGES.missingTab(def.name)),
      ),
    );
    return undefined;
  }
  for (const other of grids) {
    if (other !== found && matchKey(other.name) === matchKey(def.name)) {
      const text = MESSAGES.duplicateTab(other.name, found.name);
      problems.push(at(other.name, "", issue("error", "duplicate-tab", text)));
    }
  }
  const layout = layoutTab(def, found.name, found.values, problems);
  const inputs = def.columns.filter((c) => !c.computed).map((c) => c.key);
  return new RowReader(layout, found.values, problems, inputs);
}

/** The rows below the header that hold something in an input column. */
export function* dataRows(rr: RowReader): Generator<number> {
  for (let r = rr.layout.headerRow + 1; r < rr.grid.length; r++) {
    if (!rr.blank(r)) yield r;
  }
}

/** A required cell left empty: a warning at the cell. */
export function emptyRequired(rr: RowReader, r: number, key: string, header: string): void {
  rr.problems.push(
    at(
      rr.layout.name,
      rr.cell(r, key),
      issue("warning", "empty-required", MESSAGES.emptyRequired(header)),
    ),
  );
}
