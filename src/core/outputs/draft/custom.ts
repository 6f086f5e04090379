/**
 * "Mẫu báo cáo" ↔ outline entries: the rows a school typed become the outline the draft
 * follows, and a kind's own outline becomes rows for the add-on's set-up to write.
 */
import { OUTLINE_CONTENT_LABELS } from "../../vocabulary/vi.js";
import type { OutlineRow, SheetOutline } from "../../workbook/outline.js";
import type { TextSectionKey } from "../../workbook/schema.js";
import { KINDS } from "./kinds/all.js";
import type { Content, Level, OutlineEntry, ReportKind, SectionRef } from "./outline.js";

/** How each kind writes a staff key (as paragraphs, optional …): kept when a sheet names it. */
const STAFF_STYLES = new Map<string, Extract<Content, { fill: "staff" }>>();
for (const kind of Object.values(KINDS))
  for (const e of kind.outline)
    for (const c of e.content)
      if (c.fill === "staff" && !STAFF_STYLES.has(c.key)) STAFF_STYLES.set(c.key, c);

const below = (level: Level | undefined): 2 | 3 | 4 =>
  Math.min(4, Math.max(2, (level ?? 1) + 1)) as 2 | 3 | 4;

/** The content a dropdown key names, under a heading of `level`. */
function contentOf(key: string, level: Level | undefined): Content | undefined {
  const [fill, arg] = key.split(":") as [string, string | undefined];
  if (fill === "staff" && arg)
    return STAFF_STYLES.get(arg) ?? { fill: "staff", key: arg as TextSectionKey };
  const sections = [arg as SectionRef];
  if (fill === "indicators" || fill === "table" || fill === "yearResults" || fill === "progress")
    return arg ? { fill, sections } : undefined;
  if (fill === "nextTargets") return { fill, level: below(level) };
  if (fill === "addedSections") {
    const fills = arg === "yearResults" || arg === "progress" ? { fills: [arg] as const } : {};
    return { fill, level: below(level), ...fills };
  }
  const simple = [
    "plan",
    "membership",
    "partyChanges",
    "funding",
    "prizes",
    "titles",
    "personalAwards",
    "rateChart",
    "notMet",
    "behind",
  ] as const;
  return simple.find((s) => s === fill) ? ({ fill } as Content) : undefined;
}

/** Consecutive tables under one heading make one table, as the term report has them. */
function push(contents: Content[], c: Content): void {
  const last = contents.at(-1);
  if (c.fill === "table" && last?.fill === "table")
    contents[contents.length - 1] = { fill: "table", sections: [...last.sections, ...c.sections] };
  else contents.push(c);
}

/** A part heading may carry its title after a dash: "PHẦN THỨ NHẤT – TỔNG KẾT …". */
function headingOf(r: OutlineRow): { level?: Level; text?: string; subtitle?: string } {
  if (!r.level) return {};
  const m = r.level === 1 ? /^(.+?)\s+[–—-]\s+(.+)$/.exec(r.heading) : null;
  return m ? { level: 1, text: m[1]!, subtitle: m[2]! } : { level: r.level, text: r.heading };
}

/** The outline a sheet's rows describe. A row without level is a sentence or more content. */
export function outlineFromSheet(sheet: SheetOutline): OutlineEntry[] {
  const out: { level?: Level; text?: string; subtitle?: string; content: Content[] }[] = [];
  for (const r of sheet.rows) {
    if (r.level || out.length === 0) out.push({ ...headingOf(r), content: [] });
    const entry = out.at(-1)!;
    if (!r.level && r.heading) entry.content.push({ fill: "sentence", text: r.heading });
    const c = r.content ? contentOf(r.content, entry.level) : undefined;
    if (c) push(entry.content, c);
  }
  return out;
}

/** The key of a content in the dropdown, one per section for contents of several. */
function keysOf(c: Content): string[] {
  switch (c.fill) {
    case "staff":
      return [`staff:${c.key}`];
    case "indicators":
    case "table":
    case "yearResults":
    case "progress":
      return c.sections.map((s) => `${c.fill}:${s}`);
    case "sentence":
      return [];
    case "addedSections":
      // The default (sentences and table) is the bare key; one other fill names itself.
      return [
        c.fills?.length === 1 && c.fills[0] !== "indicators"
          ? `addedSections:${c.fills[0]}`
          : c.fill,
      ];
    default:
      return [c.fill];
  }
}

/** A kind's outline as rows of "Mẫu báo cáo": level, heading, content label. */
export function sheetRowsOf(kind: ReportKind): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const e of kind.outline) {
    const first: (string | number)[] = e.level
      ? [e.level, e.subtitle ? `${e.text} – ${e.subtitle}` : (e.text ?? ""), ""]
      : [];
    if (first.length) rows.push(first);
    for (const c of e.content) {
      if (c.fill === "sentence") {
        rows.push(["", c.text, ""]);
        continue;
      }
      for (const key of keysOf(c)) {
        const label = OUTLINE_CONTENT_LABELS[key] ?? key;
        // Not `.at(-1)`: the add-on bundles this (ES2019).
        const last = rows[rows.length - 1];
        if (last && last === first && last[2] === "") last[2] = label;
        else rows.push(["", "", label]);
      }
    }
  }
  return rows;
}
