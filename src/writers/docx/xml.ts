/**
 * WordprocessingML of the draft's body written as text: paragraphs, lean runs and tables.
 *
 * The docx library builds an object per run, property and attribute and then a second tree
 * to serialise them: at 50 000 indicators that held gigabytes. Here each block becomes its
 * XML string at once, so a body of any size can be streamed into the zip. Runs are lean: the
 * font and the size come from the document defaults and the paragraph styles (styles.ts), a
 * run says only what differs (bold, italic, another size, the yellow of a gap), and adjacent
 * pieces of text with the same emphasis are one run.
 */
import type { Run } from "../../core/index.js";

/** Half-points, as Word counts them. */
export const PT = (n: number) => n * 2;

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Text or an attribute value escaped for XML; characters XML 1.0 cannot hold are dropped. */
export function esc(text: string): string {
  const escaped = /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(escaped)
    ? // biome-ignore lint/suspicious/noControlCharactersInRegex: as above
      escaped.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
    : escaped;
}

/** What a run says beyond its paragraph's style. */
export interface RunLook {
  bold?: boolean;
  italic?: boolean;
  /** Points, when not the paragraph style's size. */
  size?: number;
  highlight?: boolean;
}

function sameLook(a: RunLook, b: RunLook): boolean {
  return (
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic &&
    a.size === b.size &&
    !!a.highlight === !!b.highlight
  );
}

function runProperties(look: RunLook): string {
  let p = "";
  if (look.bold) p += "<w:b/><w:bCs/>";
  if (look.italic) p += "<w:i/><w:iCs/>";
  if (look.size !== undefined)
    p += `<w:sz w:val="${PT(look.size)}"/><w:szCs w:val="${PT(look.size)}"/>`;
  if (look.highlight) p += '<w:highlight w:val="yellow"/>';
  return p ? `<w:rPr>${p}</w:rPr>` : "";
}

/** A piece of text with its look; `lineBreak` puts it on a new line (w:br). */
export interface Piece extends RunLook {
  text: string;
  lineBreak?: boolean;
}

/**
 * The runs of a paragraph: one per change of look. Empty pieces are left out (an empty
 * paragraph is as tall as its mark, which has the style's size).
 */
export function runsXml(pieces: readonly Piece[]): string {
  let out = "";
  let open: Piece | undefined;
  let body = "";
  const flush = () => {
    if (open) out += `<w:r>${runProperties(open)}${body}</w:r>`;
    open = undefined;
    body = "";
  };
  for (const p of pieces) {
    if (p.text === "" && !p.lineBreak) continue;
    if (!open || !sameLook(open, p)) {
      flush();
      open = p;
    }
    if (p.lineBreak) body += "<w:br/>";
    if (p.text !== "") body += `<w:t xml:space="preserve">${esc(p.text)}</w:t>`;
  }
  flush();
  return out;
}

/** The draft model's runs as pieces, each given the paragraph's own look on top. */
export function piecesOf(runs: readonly Run[], look: RunLook = {}): Piece[] {
  return runs.map((r) => ({
    text: r.text,
    bold: r.bold || look.bold,
    italic: r.italic || look.italic,
    size: look.size,
    highlight: r.missing,
  }));
}

export type Align = "left" | "center" | "right" | "both";

/** Paragraph properties, in the schema's order; every part optional. */
export interface ParagraphLook {
  style?: string;
  border?: boolean;
  spacing?: { before?: number; after?: number; line?: number };
  indent?: { left?: number; right?: number; firstLine?: number };
  align?: Align;
  /** Keep with the next paragraph (in a table's header row: with the first body row). */
  keepNext?: boolean;
}

function attrs(pairs: Record<string, number | undefined>): string {
  let s = "";
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined) s += ` w:${k}="${v}"`;
  return s;
}

function paragraphProperties(look: ParagraphLook): string {
  let p = look.style ? `<w:pStyle w:val="${look.style}"/>` : "";
  if (look.keepNext) p += "<w:keepNext/>";
  if (look.border) {
    p += '<w:pBdr><w:top w:val="single" w:color="000000" w:sz="6" w:space="1"/></w:pBdr>';
  }
  const sp = look.spacing;
  if (sp) p += `<w:spacing${attrs({ after: sp.after, before: sp.before, line: sp.line })}/>`;
  const ind = look.indent;
  if (ind && (ind.left ?? ind.right ?? ind.firstLine) !== undefined) {
    p += `<w:ind${attrs({ left: ind.left, right: ind.right, firstLine: ind.firstLine })}/>`;
  }
  if (look.align) p += `<w:jc w:val="${look.align}"/>`;
  return p ? `<w:pPr>${p}</w:pPr>` : "";
}

/** A paragraph of pieces. */
export function paragraphXml(look: ParagraphLook, pieces: readonly Piece[]): string {
  return `<w:p>${paragraphProperties(look)}${runsXml(pieces)}</w:p>`;
}

const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const SINGLE = 'w:val="single" w:color="auto" w:sz="4"';

function borders(kind: string, inside: boolean): string {
  const sides = ["top", "left", "bottom", "right", ...(inside ? ["insideH", "insideV"] : [])];
  return sides.map((s) => `<w:${s} ${kind}/>`).join("");
}

/** `<w:tbl>`'s opening: full text width, fixed layout, these column widths (twips). */
export function tableStart(widths: readonly number[], ruled: boolean, textWidth: number): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textWidth}"/>` +
    `<w:tblBorders>${borders(ruled ? SINGLE : NONE, true)}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>`
  );
}

export const TABLE_END = "</w:tbl>";

/** A row (kept on one page; `header` repeats it on every page) of cell XML strings. */
export function rowXml(cells: readonly string[], header = false): string {
  const pr = header ? "<w:cantSplit/><w:tblHeader/>" : "<w:cantSplit/>";
  return `<w:tr><w:trPr>${pr}</w:trPr>${cells.join("")}</w:tr>`;
}

/** A row of a borderless layout table (header block, signature): no trPr, as before. */
export function plainRowXml(cells: readonly string[]): string {
  return `<w:tr>${cells.join("")}</w:tr>`;
}

/** A content cell: width, 4/8 pt margins, centred vertically. */
export function cellXml(width: number, paragraphs: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/><w:tcMar><w:top w:type="dxa" w:w="40"/>` +
    '<w:left w:type="dxa" w:w="80"/><w:bottom w:type="dxa" w:w="40"/>' +
    '<w:right w:type="dxa" w:w="80"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>' +
    `${paragraphs}</w:tc>`
  );
}

/** A borderless cell of a layout table. */
export function bareCellXml(width: number, paragraphs: string): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>` +
    `<w:tcBorders>${borders(NONE, false)}</w:tcBorders>` +
    '<w:tcMar><w:left w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="0"/></w:tcMar>' +
    `</w:tcPr>${paragraphs}</w:tc>`
  );
}
