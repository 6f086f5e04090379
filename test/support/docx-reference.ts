/**
 * The DOCX writer as it was before lean runs and the streamed body (every run carrying its
 * font and size, the whole document built as the docx library's objects). Kept as the
 * reference the LibreOffice pixel test compares the new writer with, and as the bench's
 * "before"; nothing in src/ uses it.
 *
 * The draft as DOCX in the layout of Hướng dẫn 36-HD/VPTW: A4, Times New Roman, margins
 * 20/20/30/15 mm, the two-column header block, 14 pt body with a 1 cm first-line indent,
 * real heading styles (Word's navigation pane) and real tables, page numbers from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  convertMillimetersToTwip as mm,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import {
  type Block,
  columnAligns,
  type Draft,
  keepNameTogether,
  type Run,
} from "../../src/core/index.js";
import type { DraftPng } from "../../src/writers/index.js";

const FONT = "Times New Roman";
/** Half-points, as Word counts them. */
const PT = (n: number) => n * 2;
const A4 = { width: mm(210), height: mm(297) };
const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const TEXT_WIDTH = A4.width - mm(MARGINS_MM.left + MARGINS_MM.right);
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

function textRuns(runs: readonly Run[], style: RunStyle = {}): TextRun[] {
  return runs.map(
    (r) =>
      new TextRun({
        text: r.text,
        font: FONT,
        size: PT(style.size ?? 14),
        bold: r.bold || style.bold,
        italics: r.italic || style.italics,
        ...(r.missing ? { highlight: "yellow" } : {}),
      }),
  );
}

function line(
  runs: readonly Run[],
  style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Paragraph {
  return new Paragraph({
    alignment: style.align ?? AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: textRuns(runs, style),
  });
}

/** A short centred rule: an empty paragraph with a top border, narrowed by indents. */
function rule(widthCm: number, cellWidth: number): Paragraph {
  const side = Math.max(0, (cellWidth - mm(widthCm * 10)) / 2);
  return new Paragraph({
    spacing: { before: 20, after: 120 },
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

/**
 * Two blocks side by side without borders (the header blocks, "Nơi nhận" and the signer):
 * a one-row table, as Word documents of this kind lay them out. `left` is the left share.
 */
function sideBySide(
  left: number,
  blocks: (leftW: number, rightW: number) => [Paragraph[], Paragraph[]],
): Table {
  const leftW = Math.round(TEXT_WIDTH * left);
  const rightW = TEXT_WIDTH - leftW;
  const [leftChildren, rightChildren] = blocks(leftW, rightW);
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: NO_BORDERS,
      margins: { left: 0, right: 0 },
      children,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftW, rightW],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({ children: [cell(leftW, leftChildren), cell(rightW, rightChildren)] })],
  });
}

/**
 * The two header columns. Party documents (HD 36): the bodies at 14 pt, a star, "Số …";
 * "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt over a rule. State documents (NĐ 30): the bodies at 13 pt
 * over a short rule, "Số: …"; the state's name at 12 pt (NĐ 30: 12–13, one line) and its motto
 * at 14 pt over a rule.
 */
/** A name kept on one line, as the writer keeps it (issue 8). */
const named = (runs: readonly Run[]) => runs.map((r) => ({ ...r, text: keepNameTogether(r.text) }));

function headerBlock(d: Draft): Table {
  const h = d.header;
  const state = d.layout === "state";
  const body = state ? 13 : 14;
  // NĐ 30's right column holds the state's name on one line: a wider share than HD 36's.
  return sideBySide(state ? 0.43 : 0.45, (leftW, rightW) => [
    [
      line(named(h.superiorBody), { size: body }),
      line(named(h.issuingBody), { size: body, bold: true }),
      ...(h.issuingMore ?? []).map((l) => line(named(l), { size: body, bold: true })),
      state ? rule(6, leftW / 3) : line([{ text: "*" }], { size: 14 }),
      line([{ text: h.numberLine }], { size: body }),
    ],
    [
      line([{ text: h.party }], { size: state ? 12 : 15, bold: true }),
      ...(h.motto ? [line([{ text: h.motto }], { size: 14, bold: true })] : []),
      rule(6, rightW),
      line(h.placeDate, { size: 14, italics: true }),
    ],
  ]);
}

function body(runs: readonly Run[], prefix = ""): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 0, after: 120, line: 276 },
    children: textRuns(prefix ? [{ text: prefix }, ...runs] : runs),
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

function heading(b: Extract<Block, { kind: "heading" }>): Paragraph[] {
  const text = b.number ? `${b.number} ${b.text}` : b.text;
  const children: ParagraphChild[] = [new TextRun({ text, font: FONT, size: PT(14), bold: true })];
  if (b.subtitle) {
    children.push(
      new TextRun({ text: b.subtitle, font: FONT, size: PT(14), bold: true, break: 1 }),
    );
  }
  return [
    new Paragraph({
      heading: HEADINGS[b.level - 1],
      alignment: b.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: b.level === 1 ? {} : { firstLine: mm(10) },
      spacing: { before: b.level === 1 ? 240 : 120, after: 120 },
      children,
    }),
  ];
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function table(b: Extract<Block, { kind: "table" }>): Table {
  const total = b.widths.reduce((s, w) => s + w, 0) || 1;
  const widths = b.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  // Columns aligned as the core says; the header row keeps with the first row (issue 8).
  const aligns = columnAligns(b);
  const cell = (runs: readonly Run[], k: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[k] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : ALIGN[aligns[k] ?? "left"],
          keepNext: bold,
          spacing: { before: 0, after: 0 },
          children: textRuns(runs, { size: 13, bold }),
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: b.header.map((h, k) => cell([{ text: h }], k, true)),
      }),
      ...b.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((c, k) => cell(c, k, false)) }),
      ),
    ],
  });
}

function signature(d: Draft): Table {
  const small = (runs: readonly Run[], style: RunStyle = {}) =>
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: textRuns(runs, { size: 12, ...style }),
    });
  // NĐ 30 sets the recipients' lines at 11 pt, HD 36 at 12.
  const listSize = d.layout === "state" ? 11 : 12;
  return sideBySide(0.5, () => [
    [
      small([{ text: d.recipients.label }], { bold: true, italics: true }),
      ...d.recipients.lines.map((l) => small([{ text: l }], { size: listSize })),
    ],
    [
      ...(d.signature.onBehalf
        ? [line([{ text: d.signature.onBehalf }], { size: 14, bold: true })]
        : []),
      line([{ text: d.signature.title }], { size: 14, bold: true }),
      line([{ text: "" }]),
      line([{ text: "" }]),
      line([{ text: "" }]),
      line(d.signature.name, { size: 14, bold: true }),
    ],
  ]);
}

/** The document; `images` maps an image id to its PNG bytes and size in pixels. */
export function draftDocument(d: Draft, images: ReadonlyMap<string, DraftPng>): Document {
  return documentOf(d, bodyOf(d, images));
}

function bodyOf(d: Draft, images: ReadonlyMap<string, DraftPng>): (Paragraph | Table)[] {
  const children: (Paragraph | Table)[] = [headerBlock(d)];
  children.push(new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }));
  children.push(line([{ text: d.title }], { size: d.layout === "state" ? 14 : 16, bold: true }));
  for (const s of d.summaryLines) children.push(line([{ text: s }], { size: 14, bold: true }));
  children.push(rule(3, TEXT_WIDTH));
  for (const b of d.blocks) {
    switch (b.kind) {
      case "heading":
        children.push(...heading(b));
        break;
      case "paragraph":
        children.push(body(b.runs));
        break;
      case "bullet":
        children.push(body(b.runs, "- "));
        break;
      case "table":
        children.push(table(b));
        children.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
        break;
      case "image": {
        const img = images.get(b.id);
        if (!img) break;
        const widthPx = 560;
        children.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: "png",
                data: img.png,
                transformation: {
                  width: widthPx,
                  height: Math.round((img.height / img.width) * widthPx),
                },
                altText: { name: b.id, title: b.caption, description: b.caption },
              }),
            ],
          }),
          line([{ text: b.caption, italic: true }], { size: 13 }),
        );
        break;
      }
    }
  }
  children.push(new Paragraph({ spacing: { after: 240 }, children: [] }));
  children.push(signature(d));
  return children;
}

function documentOf(d: Draft, children: (Paragraph | Table)[]): Document {
  const headingStyle = (id: string, name: string, size: number) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, size: PT(size), bold: true, color: "000000" },
    paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
  });
  return new Document({
    creator: "tongket",
    title: d.title,
    styles: {
      default: {
        // vi-VN, so Word checks the spelling in Vietnamese instead of marking every word.
        document: {
          run: { font: FONT, size: PT(14), language: { value: "vi-VN" } },
          paragraph: { spacing: { after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: "Normal",
          name: "Normal",
          run: { font: FONT, size: PT(14), language: { value: "vi-VN" } },
          paragraph: { spacing: { after: 120 } },
        },
        headingStyle("Heading1", "heading 1", 14),
        headingStyle("Heading2", "heading 2", 14),
        headingStyle("Heading3", "heading 3", 14),
        headingStyle("Heading4", "heading 4", 14),
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4,
            margin: {
              top: mm(MARGINS_MM.top),
              bottom: mm(MARGINS_MM.bottom),
              left: mm(MARGINS_MM.left),
              right: mm(MARGINS_MM.right),
            },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT(13) }),
                ],
              }),
            ],
          }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/** The DOCX bytes (Node and browser alike: the package's zip as a Uint8Array). */
export async function draftDocxBytes(
  d: Draft,
  images: ReadonlyMap<string, DraftPng>,
): Promise<Uint8Array> {
  return Packer.pack(draftDocument(d, images), "uint8array");
}
