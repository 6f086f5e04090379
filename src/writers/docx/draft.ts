/**
 * The draft as DOCX in the layout of Hướng dẫn 36-HD/VPTW: A4, Times New Roman, margins
 * 20/20/30/15 mm, the two-column header block, 14 pt body with a 1 cm first-line indent,
 * real heading styles (Word's navigation pane) and real tables, page numbers from page 2.
 *
 * The docx library writes the package around the body — styles, page set-up, headers and
 * footers, the charts' media — with a marker paragraph where each stretch of body goes. The
 * body itself is written as text (body.ts) and streamed into the zip between the markers, a
 * table row at a time, so a draft of any size needs little more memory than its draft model.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { Block, Draft } from "../../core/index.js";
import { A4, BODY_PT, bodyParts, MARGINS_MM, mm, TABLE_TEXT } from "./body.js";
import { PT } from "./xml.js";

/** A chart drawn as PNG (by resvg in Node, by a canvas in a browser) and its size in pixels. */
export interface DraftPng {
  png: Uint8Array;
  width: number;
  height: number;
}

const FONT = "Times New Roman";

/** The text of the paragraphs the body replaces; never in a draft's own XML. */
const SLOT = "TONGKET-BODY-SLOT";
const DOCUMENT_PART = "word/document.xml";

const headingStyle = (level: number) => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font: FONT, size: PT(BODY_PT), bold: true, color: "000000" },
  paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
});

/** Styles: the body's font and size are the defaults, so runs need not repeat them. */
function styles() {
  const normal = { font: FONT, size: PT(BODY_PT), language: { value: "vi-VN" } };
  return {
    default: {
      // vi-VN, so Word checks the spelling in Vietnamese instead of marking every word.
      document: { run: normal, paragraph: { spacing: { after: 120 } } },
    },
    paragraphStyles: [
      { id: "Normal", name: "Normal", run: normal, paragraph: { spacing: { after: 120 } } },
      ...[1, 2, 3, 4].map(headingStyle),
      {
        id: TABLE_TEXT,
        name: "Table Text",
        basedOn: "Normal",
        run: { size: PT(13) },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
  };
}

/** Page set-up, and page numbers in the header from page 2. */
function section(children: Paragraph[]) {
  const empty = () => [new Paragraph({ children: [] })];
  const margin = {
    top: mm(MARGINS_MM.top),
    bottom: mm(MARGINS_MM.bottom),
    left: mm(MARGINS_MM.left),
    right: mm(MARGINS_MM.right),
  };
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT(13) });
  return {
    properties: { titlePage: true, page: { size: A4, margin } },
    headers: {
      first: new Header({ children: empty() }),
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumber] })],
      }),
    },
    footers: {
      first: new Footer({ children: empty() }),
      default: new Footer({ children: empty() }),
    },
    children,
  };
}

export type ImageBlock = Extract<Block, { kind: "image" }>;

/**
 * An image's paragraph. The docx library is given a stand-in of a few bytes instead of the
 * PNG (it would deflate the PNG, already compressed, only for this module to inflate it
 * again); the real bytes replace the stand-in's media part when the package is re-zipped.
 */
function imageParagraph(b: ImageBlock, img: DraftPng, k: number): Paragraph {
  const widthPx = 560;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: "png",
        data: standIn(k),
        transformation: { width: widthPx, height: Math.round((img.height / img.width) * widthPx) },
        altText: { name: b.id, title: b.caption, description: b.caption },
      }),
    ],
  });
}

/**
 * The package around the body: one marker paragraph per stretch of body, the images between
 * them. `images` are the draft's images that have a PNG, in document order.
 */
export function shell(d: Draft, images: readonly [ImageBlock, DraftPng][]): Document {
  const slot = () => new Paragraph({ children: [new TextRun(SLOT)] });
  const children = [slot()];
  for (const [k, [b, img]] of images.entries()) children.push(imageParagraph(b, img, k), slot());
  return new Document({
    creator: "tongket",
    title: d.title,
    styles: styles(),
    sections: [section(children)],
  });
}

/** Distinct bytes for each image, so the library gives each its own media part. */
const standIn = (k: number) => strToU8(`tongket-image-${k}`);

/**
 * The media part of each placed image, in document order: the shell's image references
 * (r:embed) resolved through its relationships.
 */
function mediaParts(documentXml: string, relsXml: string): string[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)) {
    targets.set(m[1]!, `word/${m[2]!.replace(/^\/?word\//, "")}`);
  }
  return [...documentXml.matchAll(/r:embed="([^"]+)"/g)].map((m) => targets.get(m[1]!) ?? "");
}

/** The shell's document.xml cut at its markers: what goes before, between and after the body. */
function cutAtSlots(xml: string, slots: number): string[] {
  const marker = new RegExp(`<w:p>(?:(?!<w:p>).)*?${SLOT}</w:t></w:r></w:p>`, "g");
  const pieces = xml.split(marker);
  if (pieces.length !== slots + 1) throw new Error("docx: body markers not found");
  return pieces;
}

/** Collects a streamed zip's chunks into one array. */
function collect(): { zip: Zip; done: () => Uint8Array } {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    chunks.push(chunk);
  });
  const done = () => {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };
  return { zip, done };
}

/** Streams the body between the shell's pieces into the document part, ~1 MB at a time. */
function streamDocument(file: ZipDeflate, d: Draft, pieces: string[], has: Set<string>): void {
  let buffer = pieces[0]!;
  let next = 1;
  const flush = (final: boolean) => {
    file.push(strToU8(buffer), final);
    buffer = "";
  };
  for (const part of bodyParts(d, (id) => has.has(id))) {
    buffer += typeof part === "string" ? part : pieces[next++]!;
    if (buffer.length > 1 << 20) flush(false);
  }
  buffer += pieces.slice(next).join("");
  flush(true);
}

type Compile = (doc: Document, prettify?: unknown, overrides?: unknown[]) => Map<string, unknown>;

/**
 * The shell's parts by path, in the library's order. The library's compiler (what `Packer`
 * zips) gives them unzipped: zipping them only for this module to unzip them again took a
 * tenth of a small draft's time. The compiler is not public API, so where it is missing or
 * changed the parts are unzipped from `Packer`'s output, as before; both give the same parts.
 */
export async function shellParts(
  doc: Document,
  viaPacker = false,
): Promise<Record<string, Uint8Array>> {
  const compile = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler?.compile;
  if (!viaPacker && typeof compile === "function") {
    const parts: Record<string, Uint8Array> = {};
    // A path given twice keeps its first place and its last data, as the library's zip does.
    for (const [path, data] of compile.call(
      (Packer as unknown as { compiler: object }).compiler,
      doc,
      undefined,
      [],
    )) {
      if (typeof data === "string") parts[path] = strToU8(data);
      else if (data instanceof Uint8Array) parts[path] = data;
      else return unzipSync(await Packer.pack(doc, "uint8array"));
    }
    if (parts[DOCUMENT_PART]) return parts;
  }
  return unzipSync(await Packer.pack(doc, "uint8array"));
}

/** The DOCX bytes (Node and browser alike: the package's zip as a Uint8Array). */
export async function draftDocxBytes(
  d: Draft,
  images: ReadonlyMap<string, DraftPng>,
): Promise<Uint8Array> {
  const placed: [ImageBlock, DraftPng][] = [];
  for (const b of d.blocks) {
    const img = b.kind === "image" ? images.get(b.id) : undefined;
    if (b.kind === "image" && img) placed.push([b, img]);
  }
  const parts = await shellParts(shell(d, placed));
  const xml = strFromU8(parts[DOCUMENT_PART]!);
  const media = mediaParts(
    xml,
    strFromU8(parts["word/_rels/document.xml.rels"] ?? new Uint8Array()),
  );
  const png = new Map(media.map((path, k) => [path, placed[k]![1].png]));
  const { zip, done } = collect();
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === DOCUMENT_PART) {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      const has = new Set(placed.map(([b]) => b.id));
      streamDocument(file, d, cutAtSlots(xml, placed.length + 1), has);
    } else if (png.has(name)) {
      // PNGs are compressed already: stored as they are.
      const file = new ZipPassThrough(name);
      zip.add(file);
      file.push(png.get(name)!, true);
    } else {
      const file = new ZipDeflate(name);
      zip.add(file);
      file.push(bytes, true);
    }
  }
  zip.end();
  return done();
}
