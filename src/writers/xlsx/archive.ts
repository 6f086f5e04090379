/**
 * Writes an archive plan (src/core/outputs/archive.ts) as XLSX with exceljs's streaming writer: rows
 * are committed as they are produced, so a tab of 100 000 indicators never sits in memory as
 * exceljs cell objects. Cells keep their types: numbers are numbers with a number format
 * (the decimal comma and dot thousands come from the reader's locale), text is always text —
 * a string that starts with "=" is written as a string, never as a formula.
 */
import ExcelJS from "exceljs";
import {
  ARCHIVE,
  type ArchiveCell,
  type ArchiveFormat,
  type ArchivePlan,
  type ArchiveSheet,
  isSpreadsheetDate,
  JUDGEMENT_COLOURS,
} from "../../core/index.js";
import { COMPUTED_FILL, HEADER_FILL } from "./template.js";

/** Called every few hundred rows and at the end with rows written and rows in total. */
export type Progress = (done: number, total: number) => void;

export interface ArchiveWriteOptions {
  progress?: Progress;
  /** Fixed creation date (tests, byte-stable files); defaults to now. */
  created?: Date;
}

const PROGRESS_EVERY = 500;
const YIELD_EVERY = 1000;

function decimals(n: number, max: number): number {
  for (let d = 0; d < max; d++) {
    if (Math.abs(Math.round(n * 10 ** d) - n * 10 ** d) < 1e-9) return d;
  }
  return max;
}

/** Standard format codes only: Excel and LibreOffice localise the separators themselves. */
export function numberFormat(f: ArchiveFormat, v: unknown): string | undefined {
  const n = typeof v === "number" ? v : 0;
  const places = (d: number) => (d === 0 ? "" : `.${"0".repeat(d)}`);
  switch (f) {
    case "percent":
      return `0${places(decimals(n * 100, 2))}%`;
    case "money":
    case "integer":
      return "#,##0";
    case "number":
      return `#,##0${places(decimals(n, 3))}`;
    case "signed": {
      const p = places(decimals(n, 2));
      return `+#,##0${p};-#,##0${p};0`;
    }
    case "date":
      return "dd/mm/yyyy";
    case "dateTime":
      return "dd/mm/yyyy hh:mm";
    default:
      return undefined;
  }
}

/**
 * Data cells sit at the top of their row: a row made tall by one wrapped cell would
 * otherwise show its label at the top and its code and figures at the bottom.
 */
const ROW_TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFB7B7B7" } };

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/**
 * Styles are shared objects keyed by what they express: exceljs registers each distinct
 * style once, and reusing the objects keeps 100 000 rows from allocating 100 000 styles.
 */
class Styles {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();

  header(computed: boolean): Partial<ExcelJS.Style> {
    return this.get(`h${computed}`, () => ({
      font: { bold: true },
      fill: solid(computed ? COMPUTED_FILL : HEADER_FILL),
      alignment: { vertical: "middle", wrapText: true },
      border: { bottom: thin },
    }));
  }

  /** A plain cell of a tall row: no format, just at the top. */
  top(): Partial<ExcelJS.Style> {
    return this.get("top", () => ({ alignment: ROW_TOP }));
  }

  title(): Partial<ExcelJS.Style> {
    return this.get("t", () => ({ font: { bold: true, size: 12 } }));
  }

  /**
   * Body cells' styles by number format, then judgement, then computed and wrap as two bits:
   * looked up per cell, so no key string is built for each of a million cells.
   */
  private readonly cells = new Map<string, Map<string, (Partial<ExcelJS.Style> | undefined)[]>>();

  cell(c: ArchiveCell): Partial<ExcelJS.Style> | undefined {
    if (!c.f && !c.judgement && !c.computed && !c.wrap) return undefined;
    const numFmt = c.f ? numberFormat(c.f, c.v) : undefined;
    if (!numFmt && !c.judgement && !c.computed && !c.wrap) return undefined;
    let byJudgement = this.cells.get(numFmt ?? "");
    if (!byJudgement) {
      byJudgement = new Map();
      this.cells.set(numFmt ?? "", byJudgement);
    }
    let byBits = byJudgement.get(c.judgement ?? "");
    if (!byBits) {
      byBits = [];
      byJudgement.set(c.judgement ?? "", byBits);
    }
    const bits = (c.computed ? 2 : 0) + (c.wrap ? 1 : 0);
    let style = byBits[bits];
    if (!style) {
      style = this.bodyStyle(c, numFmt);
      byBits[bits] = style;
    }
    return style;
  }

  private bodyStyle(c: ArchiveCell, numFmt: string | undefined): Partial<ExcelJS.Style> {
    // A right-aligned figure would touch left-aligned text in the next column ("+413 → 13
    // → 9" for a gap of +4 beside its trend): figures keep a space on their right (Excel)
    // and computed text, which follows figures, one on its left (LibreOffice indents only
    // left-aligned text). Typed text is not indented, so a column of labels stays even.
    const s: Partial<ExcelJS.Style> = {
      alignment: numFmt
        ? { ...ROW_TOP, horizontal: "right", indent: 1 }
        : c.judgement || c.computed
          ? { ...ROW_TOP, horizontal: "left", indent: 1 }
          : ROW_TOP,
    };
    if (numFmt) s.numFmt = numFmt;
    if (c.judgement) {
      const colour = JUDGEMENT_COLOURS[c.judgement];
      s.fill = solid(colour.fill);
      s.font = { color: { argb: colour.font }, bold: c.judgement === "notMet" };
    } else if (c.computed) s.fill = solid(COMPUTED_FILL);
    if (c.wrap) s.alignment = { ...s.alignment, wrapText: true };
    return s;
  }

  /**
   * The style of a cell given none: an empty style, one shared object per value type. exceljs
   * gives every new cell a fresh empty style and, not having seen that object, works out its
   * style entry in full (the XML of an xf, looked up) — most of a big archive's writing time.
   * A shared object is worked out once per workbook. It is per type because exceljs works out
   * an empty style by the cell's type (a number gets "General") and remembers the result per
   * object; dates and formulas keep their own, as before.
   */
  plain(type: ExcelJS.ValueType): Partial<ExcelJS.Style> | undefined {
    const { Number: N, String: S, Null, Boolean: B } = ExcelJS.ValueType;
    if (type !== N && type !== S && type !== Null && type !== B) return undefined;
    let s = this.plains[type];
    if (!s) {
      s = {};
      this.plains[type] = s;
    }
    return s;
  }

  /** The shared empty styles by value type (an array: looked up for most cells). */
  private readonly plains: Partial<ExcelJS.Style>[] = [];

  /** A row's own style: none, as one shared object (see `plain`). */
  row(): Partial<ExcelJS.Style> {
    return this.get("row", () => ({}));
  }

  private get(key: string, make: () => Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let s = this.cache.get(key);
    if (!s) {
      s = make();
      this.cache.set(key, s);
    }
    return s;
  }
}

/** Page and window settings shared by the streaming and in-memory writers. */
export function sheetOptions(sheet: ArchiveSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const views: Partial<ExcelJS.WorksheetView>[] =
    sheet.frozenRows > 0 || sheet.frozenColumns > 0
      ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit: sheet.frozenColumns }]
      : [];
  return {
    state: sheet.hidden ? "hidden" : "visible",
    views,
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.widths.reduce((a, b) => a + b, 0) > 110 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
    },
  };
}

/**
 * Lines the tallest wrapped cell of a row needs. Neither Excel nor LibreOffice reliably
 * re-measures rows of a file on opening, so rows with wrapped text get an estimated height.
 */
function wrappedLines(cells: readonly ArchiveCell[], widths: readonly number[]): number {
  let lines = 1;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (!c.wrap || typeof c.v !== "string") continue;
    // A character is a little narrower than a width unit on average; 1.1 keeps rows snug.
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * 1.1));
    // Most wrapped cells are one short line: no split, no count of characters.
    if (c.v.length <= perLine && !c.v.includes("\n")) continue;
    const needed = c.v
      .split("\n")
      .reduce((n, part) => n + Math.max(1, Math.ceil(characters(part) / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return lines;
}

/** Characters (code points) of a text, as `[...text].length` counts them, without the array. */
function characters(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Characters a worksheet name may not contain, and Excel's length limit. */
const BAD_NAME_CHARS = /[\\/?*:[\]]/g;
const MAX_NAME = 31;

/**
 * Worksheet names Excel accepts: Google Sheets allows longer names and characters such as
 * "/" or ":" that XLSX forbids. Valid names are kept; others are shortened and cleaned, and
 * kept distinct (case-insensitively, as Excel compares them). An apostrophe becomes "’".
 */
export function safeSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    // exceljs quotes names in defined names (print titles) without doubling "'": use "’".
    let base = name.replace(BAD_NAME_CHARS, "-").replace(/'/g, "’").trim() || ARCHIVE.untitledSheet;
    if (base.toLowerCase() === "history") base = `${base} (1)`;
    let candidate = [...base].slice(0, MAX_NAME).join("").trimEnd();
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate =
        [...base]
          .slice(0, MAX_NAME - suffix.length)
          .join("")
          .trimEnd() + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/** The value exceljs should store: strings stay strings, blanks are left out. */
/**
 * A cell's value as the file stores it. No source gives a non-finite number or a date no
 * spreadsheet holds (the readers report those at their cells), but if one ever came, the
 * archive must stay readable: NaN or Infinity is left blank, such a date is kept as its text.
 */
function stored(v: ArchiveCell["v"]): ExcelJS.CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  if (v instanceof Date && !isSpreadsheetDate(v)) {
    return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  }
  return v;
}

/** Fixed properties of every archive file: title, unit and term as the plan describes them. */
export function describeArchive(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  plan: ArchivePlan,
  created: Date,
): void {
  const p = plan.properties;
  Object.assign(wb, {
    creator: p.author,
    lastModifiedBy: "tongket",
    title: p.title,
    subject: p.subject,
    keywords: p.keywords,
    description: p.description,
    language: "vi-VN",
    created,
    modified: created,
  });
}

/** Options of exceljs's streaming writer, the same for a file and for bytes in memory. */
export const WRITER_OPTIONS = { useStyles: true, useSharedStrings: true } as const;

/** Lets other work run (the zip stream drain, a page repaint) in Node and in a browser. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof setImmediate === "function") setImmediate(resolve);
    else setTimeout(resolve, 0);
  });
}

/**
 * The archive as bytes, built in memory (the browser, the add-on's dialog): the same writer
 * and rows as a file written by the command line, so the parts inside are the same.
 */
export async function archiveBytes(
  plan: ArchivePlan,
  options: ArchiveWriteOptions = {},
): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ ...WRITER_OPTIONS });
  describeArchive(wb, plan, options.created ?? new Date());
  await writeArchiveSheets(wb, plan, options);
  // Without a stream or a file name, exceljs collects the zip in its own buffer stream.
  const collected = (wb as unknown as { stream: { read(): Uint8Array | null } }).stream.read();
  return new Uint8Array(collected ?? new Uint8Array(0));
}

/**
 * A cell's own style: headers' fill, the title's size, a body cell's format and colours (in a
 * row made tall by wrapped text, plain cells go to the top too — styled ones already do).
 * Undefined for a cell that needs none, which keeps big files small.
 */
function cellStyle(
  styles: Styles,
  kind: "header" | "title" | "body",
  cells: readonly ArchiveCell[],
  c: number,
  tall: boolean,
  computed: ReadonlySet<number>,
): Partial<ExcelJS.Style> | undefined {
  if (kind === "header") return styles.header(computed.has(c));
  // Title rows of the summary and notes: the tab's title and each section's.
  if (kind === "title") return c === 0 && cells[0]?.v ? styles.title() : undefined;
  const cell = cells[c]!;
  return styles.cell(cell) ?? (tall && stored(cell.v) !== null ? styles.top() : undefined);
}

/** What the sheet waits for of archiver, the zip of exceljs's streaming writer in Node. */
interface Archiver {
  pointer(): number;
  on(event: "entry", listener: (entry: { name: string }) => void): void;
  on(event: "error", listener: (error: unknown) => void): void;
}

/**
 * A wait until a sheet's part is zipped. Archiver zips one part at a time, and exceljs hands
 * it each sheet as it is written: without waiting, the XML of later sheets piles up unzipped
 * behind the first (about 1 MB per sheet of 1 000 rows — a thousand schools' roll-up all at
 * once). Waiting for each committed sheet keeps one sheet's XML in memory; the bytes are the
 * same. The browser's exceljs zips in memory at the end (no archiver): nothing to wait for.
 */
function zipped(wb: ExcelJS.stream.xlsx.WorkbookWriter): (sheetId: number) => Promise<void> {
  const zip = (wb as unknown as { zip?: Partial<Archiver> }).zip;
  if (typeof zip?.pointer !== "function" || typeof zip.on !== "function") {
    return () => Promise.resolve();
  }
  const done = new Set<string>();
  const waiting = new Map<string, { resolve: () => void; reject: (e: unknown) => void }>();
  let failure: { error: unknown } | undefined;
  const archiver = zip as Archiver;
  archiver.on("entry", (entry) => {
    done.add(entry.name);
    waiting.get(entry.name)?.resolve();
  });
  archiver.on("error", (error) => {
    failure = { error };
    for (const w of waiting.values()) w.reject(error);
  });
  return (sheetId) => {
    const name = `xl/worksheets/sheet${sheetId}.xml`;
    if (done.has(name)) return Promise.resolve();
    if (failure) return Promise.reject(failure.error);
    return new Promise((resolve, reject) => waiting.set(name, { resolve, reject }));
  };
}

/** Writes every sheet of the plan, row by row, and commits the workbook. */
export async function writeArchiveSheets(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  plan: ArchivePlan,
  options: ArchiveWriteOptions,
): Promise<void> {
  const styles = new Styles();
  const sheetZipped = zipped(wb);
  let done = 0;
  const names = safeSheetNames(plan.sheets.map((s) => s.name));
  for (const [index, sheet] of plan.sheets.entries()) {
    const ws = wb.addWorksheet(names[index], sheetOptions(sheet));
    ws.columns = sheet.widths.map((width) => ({ width }));
    const headers = new Set(sheet.headerRows);
    const computed = new Set(sheet.computedColumns);
    let r = 0;
    for (const cells of sheet.rows()) {
      const row = ws.addRow(cells.map((c) => stored(c.v)));
      const lines = wrappedLines(cells, sheet.widths);
      const kind = headers.has(r)
        ? "header"
        : sheet.role !== "tab" && (r === 0 || headers.has(r + 1))
          ? "title"
          : "body";
      for (let c = 0; c < cells.length; c++) {
        const target = row.getCell(c + 1);
        const style = cellStyle(styles, kind, cells, c, lines > 1, computed);
        const shared = style ?? styles.plain(target.type);
        if (shared) target.style = shared;
      }
      if (lines > 1) row.height = Math.min(409, 15 * lines);
      // exceljs gives each row a fresh empty style and works out its style entry in full when
      // the row is written; the shared empty one is worked out once (its entry is 0, as before).
      (row as unknown as { style: Partial<ExcelJS.Style> }).style = styles.row();
      row.commit();
      r++;
      done++;
      // Let the zip stream drain now and then, or a big tab would pile up in memory.
      if (done % YIELD_EVERY === 0) await nextTurn();
      if (options.progress && done % PROGRESS_EVERY === 0) options.progress(done, plan.totalRows);
    }
    await ws.commit();
    await sheetZipped(ws.id);
  }
  await wb.commit();
  options.progress?.(done, plan.totalRows);
}
