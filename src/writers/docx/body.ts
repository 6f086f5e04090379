/**
 * The draft's body as WordprocessingML text, block by block (xml.ts), in the layout of
 * Hướng dẫn 36-HD/VPTW and Nghị định 30: the two-column header block, the title, the blocks
 * (headings, paragraphs, bullets, tables), the signature. Images are left to the docx
 * library (it registers their media): `bodyParts` yields them as their own parts.
 */
import {
  type Block,
  columnAligns,
  type Draft,
  keepNameTogether,
  type Run,
} from "../../core/index.js";
import {
  type Align,
  bareCellXml,
  cellXml,
  type ParagraphLook,
  type Piece,
  paragraphXml,
  piecesOf,
  plainRowXml,
  type RunLook,
  rowXml,
  TABLE_END,
  tableStart,
} from "./xml.js";

/** Millimetres as whole twips (1440 per inch), rounded down as the docx library does. */
export const mm = (n: number) => Math.floor((n / 25.4) * 72 * 20);
export const A4 = { width: mm(210), height: mm(297) };
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const TEXT_WIDTH = A4.width - mm(MARGINS_MM.left + MARGINS_MM.right);
/** The paragraph style of table cells: 13 pt, no spacing (styles.ts). */
export const TABLE_TEXT = "TableText";
/** The body size (document defaults and Normal): runs at this size say no size. */
export const BODY_PT = 14;

type Line = RunLook & { align?: Align };

/** A line of the header block, title or signature: centred, no spacing. */
function line(runs: readonly Run[], look: Line = {}): string {
  const { align = "center", ...run } = look;
  return paragraphXml({ spacing: { after: 0, before: 0 }, align }, piecesOf(runs, sized(run)));
}

/** The run look without the body size (it is the default). */
function sized(look: RunLook): RunLook {
  return look.size === BODY_PT ? { ...look, size: undefined } : look;
}

/** A short centred rule: an empty paragraph with a top border, narrowed by indents. */
function rule(widthCm: number, cellWidth: number): string {
  const side = Math.floor(Math.max(0, (cellWidth - mm(widthCm * 10)) / 2));
  return paragraphXml(
    { border: true, spacing: { after: 120, before: 20 }, indent: { left: side, right: side } },
    [],
  );
}

/** Two blocks side by side in a borderless one-row table; `left` is the left share. */
function sideBySide(left: number, blocks: (leftW: number, rightW: number) => [string, string]) {
  const leftW = Math.round(TEXT_WIDTH * left);
  const rightW = TEXT_WIDTH - leftW;
  const [l, r] = blocks(leftW, rightW);
  return (
    tableStart([leftW, rightW], false, TEXT_WIDTH) +
    plainRowXml([bareCellXml(leftW, l), bareCellXml(rightW, r)]) +
    TABLE_END
  );
}

/**
 * The two header columns. Party documents (HD 36): the bodies at 14 pt, a star, "Số …";
 * "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt over a rule. State documents (NĐ 30): the bodies at 13 pt
 * over a short rule, "Số: …"; the state's name at 12 pt on one line and its motto at 14 pt.
 */
function headerBlock(d: Draft): string {
  const h = d.header;
  const state = d.layout === "state";
  const size = state ? 13 : 14;
  // NĐ 30's right column holds the state's name on one line, the left one "PHÒNG GIÁO DỤC VÀ
  // ĐÀO TẠO" (the layout cells have no side margins: both fit the 165 mm of text).
  // A long name breaks between its kind and its proper name, never inside the name.
  const named = (runs: readonly Run[]) =>
    runs.map((r) => ({ ...r, text: keepNameTogether(r.text) }));
  return sideBySide(state ? 0.43 : 0.45, (leftW, rightW) => [
    line(named(h.superiorBody), { size }) +
      line(named(h.issuingBody), { size, bold: true }) +
      (h.issuingMore ?? []).map((l) => line(named(l), { size, bold: true })).join("") +
      (state ? rule(6, leftW / 3) : line([{ text: "*" }])) +
      line([{ text: h.numberLine }], { size }),
    line([{ text: h.party }], { size: state ? 12 : 15, bold: true }) +
      (h.motto ? line([{ text: h.motto }], { bold: true }) : "") +
      rule(6, rightW) +
      line(h.placeDate, { italic: true }),
  ]);
}

/** A body paragraph (a bullet is one with "- " before it): justified, 1 cm first line. */
function body(runs: readonly Run[], prefix = ""): string {
  const pieces = piecesOf(prefix ? [{ text: prefix }, ...runs] : runs);
  return paragraphXml(
    { spacing: { after: 120, before: 0, line: 276 }, indent: { firstLine: mm(10) }, align: "both" },
    pieces,
  );
}

function heading(b: Extract<Block, { kind: "heading" }>): string {
  const text = b.number ? `${b.number} ${b.text}` : b.text;
  // The heading styles make the runs bold 14 pt.
  const pieces: Piece[] = [{ text }];
  if (b.subtitle) pieces.push({ text: b.subtitle, lineBreak: true });
  const top = b.level === 1;
  return paragraphXml(
    {
      style: `Heading${b.level}`,
      spacing: { after: 120, before: top ? 240 : 120 },
      indent: top ? undefined : { firstLine: mm(10) },
      align: top ? "center" : "left",
    },
    pieces,
  );
}

/**
 * A content table, a row at a time: the caller can stream a table of any length. Columns
 * line up as the core decides (figures right, school years centred, text left). No row
 * splits across pages; the header row repeats on every page and keeps with the first row,
 * so it is never left alone at the foot of a page.
 */
function* table(b: Extract<Block, { kind: "table" }>): Generator<string> {
  const total = b.widths.reduce((s, w) => s + w, 0) || 1;
  const widths = b.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const aligns = columnAligns(b);
  const cell = (runs: readonly Run[], k: number, header: boolean) => {
    const align: Align = header ? "center" : (aligns[k] ?? "left");
    const look: ParagraphLook = { style: TABLE_TEXT, align, keepNext: header };
    return cellXml(widths[k] ?? 0, paragraphXml(look, piecesOf(runs, { bold: header })));
  };
  yield tableStart(widths, true, TEXT_WIDTH) +
    rowXml(
      b.header.map((h, k) => cell([{ text: h }], k, true)),
      true,
    );
  for (const row of b.rows) yield rowXml(row.map((c, k) => cell(c, k, false)));
  yield `${TABLE_END}${paragraphXml({ spacing: { after: 120 } }, [])}`;
}

function signature(d: Draft): string {
  const small = (runs: readonly Run[], look: RunLook = {}) =>
    paragraphXml({ spacing: { after: 0, before: 0 } }, piecesOf(runs, { size: 12, ...look }));
  // NĐ 30 sets the recipients' lines at 11 pt, HD 36 at 12.
  const listSize = d.layout === "state" ? 11 : 12;
  const s = d.signature;
  return sideBySide(0.5, () => [
    small([{ text: d.recipients.label }], { bold: true, italic: true }) +
      d.recipients.lines.map((l) => small([{ text: l }], { size: listSize })).join(""),
    (s.onBehalf ? line([{ text: s.onBehalf }], { bold: true }) : "") +
      (s.title ? line([{ text: s.title }], { bold: true }) : "") +
      line([{ text: "" }]).repeat(3) +
      line(s.name, { bold: true }),
  ]);
}

/** A part of the body: XML text, or an image the docx library places. */
export type BodyPart = string | Extract<Block, { kind: "image" }>;

/** The title lines under the header block, down to the short rule. */
function titleLines(d: Draft): string {
  return (
    paragraphXml({ spacing: { after: 0, before: 240 } }, []) +
    line([{ text: d.title }], { size: d.layout === "state" ? 14 : 16, bold: true }) +
    d.summaryLines.map((s) => line([{ text: s }], { bold: true })).join("") +
    rule(3, TEXT_WIDTH)
  );
}

/** The body in document order, in pieces small enough to stream (a table row each). */
export function* bodyParts(d: Draft, hasImage: (id: string) => boolean): Generator<BodyPart> {
  yield headerBlock(d) + titleLines(d);
  for (const b of d.blocks) {
    switch (b.kind) {
      case "heading":
        yield heading(b);
        break;
      case "paragraph":
        yield body(b.runs);
        break;
      case "bullet":
        yield body(b.runs, "- ");
        break;
      case "table":
        yield* table(b);
        break;
      case "image":
        if (!hasImage(b.id)) break;
        yield b;
        yield line([{ text: b.caption, italic: true }], { size: 13 });
        break;
    }
  }
  yield paragraphXml({ spacing: { after: 240 } }, []) + signature(d);
}
