/**
 * The optional "Mẫu báo cáo" tab: a school's own outline of the draft, one row per heading.
 * Read here so `check`, the add-on and the draft report the same problems; the draft turns
 * the rows into outline entries (outputs/draft/custom.ts).
 */
import { at, issue, type Problem } from "../base/problems.js";
import { a1, cleanText } from "../base/text.js";
import { OUTLINE_MESSAGES as M } from "../i18n/draft-kinds.js";
import { INDICATOR_SECTIONS, TEXT_SECTIONS } from "../vocabulary/vi.js";
import type { Grid, NamedGrid, TabLayout } from "./model.js";
import { findChoice } from "./parse.js";
import { findTab, layoutTab } from "./read.js";
import { OUTLINE_CONTENT, OUTLINE_TAB } from "./schema.js";

export interface OutlineRow {
  /** 0-based row index in the grid. */
  readonly row: number;
  readonly level?: 1 | 2 | 3 | 4;
  readonly heading: string;
  /** A key of OUTLINE_CONTENT_LABELS; absent when the row has only a heading. */
  readonly content?: string;
}

export interface SheetOutline {
  readonly tab: string;
  readonly layout: TabLayout;
  readonly rows: readonly OutlineRow[];
}

function cellText(grid: Grid, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const v = grid[r]?.[c];
  return v == null ? "" : cleanText(String(v));
}

/** One row, or a problem at the cell it cannot use. */
function readRow(
  grid: Grid,
  r: number,
  layout: TabLayout,
  problems: Problem[],
): OutlineRow | undefined {
  const col = layout.columns;
  const levelText = cellText(grid, r, col.outlineLevel);
  const heading = cellText(grid, r, col.outlineHeading);
  const contentText = cellText(grid, r, col.outlineContent);
  if (!levelText && !heading && !contentText) return undefined;
  const here = (key: string) => a1(r, col[key] ?? 0);
  const level = levelText ? Number(levelText.replace(/^cấp\s*/i, "")) : undefined;
  if (level !== undefined && ![1, 2, 3, 4].includes(level)) {
    problems.push(
      at(
        layout.name,
        here("outlineLevel"),
        issue("warning", "outline-level", M.badLevel(levelText)),
      ),
    );
    return undefined;
  }
  if (level !== undefined && !heading) {
    problems.push(
      at(layout.name, here("outlineHeading"), issue("warning", "outline-heading", M.noHeading)),
    );
    return undefined;
  }
  const content = contentText ? findChoice(OUTLINE_CONTENT, contentText) : undefined;
  if (contentText && !content) {
    problems.push(
      at(
        layout.name,
        here("outlineContent"),
        issue("warning", "outline-content", M.badContent(contentText)),
      ),
    );
    return undefined;
  }
  return {
    row: r,
    ...(level ? { level: level as 1 | 2 | 3 | 4 } : {}),
    heading,
    ...(content && content !== "none" ? { content } : {}),
  };
}

/** The tab's rows; undefined when the workbook has no such tab or it holds no row. */
export function readOutline(
  grids: readonly NamedGrid[],
  problems: Problem[],
): SheetOutline | undefined {
  const found = findTab(grids, OUTLINE_TAB.name);
  if (!found) return undefined;
  const layout = layoutTab(OUTLINE_TAB, found.name, found.values, problems);
  const rows: OutlineRow[] = [];
  for (let r = layout.headerRow + 1; r < found.values.length; r++) {
    const row = readRow(found.values, r, layout, problems);
    if (row) rows.push(row);
  }
  return rows.length ? { tab: found.name, layout, rows } : undefined;
}

/**
 * Indicator sections and staff keys that hold something but that no row of the outline
 * takes: a warning each, so nothing typed is silently left out of the draft.
 */
export function untakenByOutline(
  outline: SheetOutline,
  sections: ReadonlySet<string>,
  textKeys: ReadonlySet<string>,
): Problem[] {
  const taken = new Set(outline.rows.flatMap((r) => (r.content ? [r.content] : [])));
  const takesSection = (s: string) =>
    taken.has(`indicators:${s}`) || taken.has(`yearResults:${s}`) || taken.has(`progress:${s}`);
  const out: Problem[] = [];
  const takesAdded = [...taken].some((k) => k.split(":")[0] === "addedSections");
  for (const s of sections) {
    // "unsorted": rows with no section; any other name: a section the school added.
    const ok =
      s in INDICATOR_SECTIONS
        ? takesSection(s)
        : takesSection("other") || (s === "unsorted" ? takesSection("unsorted") : takesAdded);
    if (ok) continue;
    const label =
      s === "unsorted" ? M.unsortedRows : ((INDICATOR_SECTIONS as Record<string, string>)[s] ?? s);
    out.push(
      at(outline.tab, "", issue("warning", "outline-untaken-section", M.untakenSection(label))),
    );
  }
  for (const k of textKeys) {
    if (taken.has(`staff:${k}`)) continue;
    const label = (TEXT_SECTIONS as Record<string, string>)[k] ?? k;
    out.push(at(outline.tab, "", issue("warning", "outline-untaken-text", M.untakenText(label))));
  }
  return out;
}
