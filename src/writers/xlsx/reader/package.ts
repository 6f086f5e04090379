/**
 * The parts of an XLSX package the grids need — the workbook (its sheets in tab order, with
 * the names the workbook gives them), the styles (which cells hold dates), the shared
 * strings — found through the package's relationships, and the reasons a file is not one:
 * a password (an encrypted package is an OLE file, not a zip), the old .xls format, an
 * OpenDocument spreadsheet, a zip that is some other document, no sheets, only charts.
 *
 * Unzipped with fflate, parsed with saxes: both run unchanged in Node and in a browser.
 * Only the parts read are inflated, and each worksheet only when its turn comes.
 */
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { unescapeText } from "./sheet.js";

/** Why bytes are not a workbook the reader can use. */
export type NotXlsxReason = "notXlsx" | "encrypted" | "xls" | "ods" | "noSheets" | "chartsOnly";

/** What a worksheet's cells need from the rest of the package. */
export interface SheetContext {
  readonly date1904: boolean;
  /** Whether cells of this style index (cellXfs) show a date or a time. */
  isDateStyle(style: number): boolean;
  sharedString(index: number): string | null;
}

export interface SheetPart {
  readonly name: string;
  readonly path: string;
}

export interface XlsxPackage {
  readonly sheets: readonly SheetPart[];
  readonly context: SheetContext;
  /** The XML of one part, inflated now (undefined when the package lacks it). */
  part(path: string): string | undefined;
}

export class PackageError extends Error {
  constructor(readonly reason: NotXlsxReason) {
    super(reason);
    this.name = "PackageError";
  }
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

/** Whether `bytes` hold `text` as UTF-16LE (how OLE directory entries name their streams). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < text.length; j++) {
      if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** An OLE compound file: Excel's encrypted package, or the old binary .xls. */
function oleReason(bytes: Uint8Array): NotXlsxReason {
  if (holdsUtf16(bytes, "EncryptedPackage") || holdsUtf16(bytes, "EncryptionInfo")) {
    return "encrypted";
  }
  if (holdsUtf16(bytes, "Workbook") || holdsUtf16(bytes, "Book")) return "xls";
  return "notXlsx";
}

const decoder = new TextDecoder();

function attributesOf(xml: string, element: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    if (node.name === element) found.push(node.attributes as Record<string, string>);
  });
  parser.write(xml).close();
  return found;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/");
  parts.pop();
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Relationship {
  readonly type: string;
  readonly path: string;
}

interface DeclaredSheet {
  name: string;
  id: string;
}

/** The workbook part: its date system and its sheets in tab order (name, relationship id). */
function readWorkbookPart(xml: string): { date1904: boolean; declared: DeclaredSheet[] } {
  let date1904 = false;
  let root: string | undefined;
  const declared: DeclaredSheet[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    const a = node.attributes as Record<string, string>;
    root ??= node.name;
    if (node.name === "workbookPr") date1904 = a.date1904 === "1";
    else if (node.name === "sheet") {
      const id = Object.keys(a).find((k) => k === "r:id" || k.endsWith(":id"));
      declared.push({ name: a.name ?? "", id: id ? a[id]! : "" });
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new PackageError("notXlsx");
  }
  // A Word or PowerPoint file is a package too; its main part is not a workbook.
  if (root !== "workbook") throw new PackageError("notXlsx");
  if (declared.length === 0) throw new PackageError("noSheets");
  return { date1904, declared };
}

/** The declared sheets that are worksheets present in the package (chart sheets skipped). */
function worksheetsOf(
  declared: readonly DeclaredSheet[],
  rels: ReadonlyMap<string, Relationship>,
  names: ReadonlyMap<string, string>,
): SheetPart[] {
  const sheets: SheetPart[] = [];
  let charts = 0;
  for (const d of declared) {
    const rel = rels.get(d.id);
    if (!rel || !names.has(rel.path)) continue;
    if (rel.type === `${REL_TYPE}worksheet`) sheets.push({ name: d.name, path: rel.path });
    else if (rel.type === `${REL_TYPE}chartsheet`) charts++;
  }
  if (sheets.length === 0) throw new PackageError(charts > 0 ? "chartsOnly" : "noSheets");
  return sheets;
}

/** Opens a package; throws PackageError when the bytes are not a workbook's. */
export function openPackage(bytes: Uint8Array): XlsxPackage {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) throw new PackageError(oleReason(bytes));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new PackageError("notXlsx");

  // Names without a leading "/" (some writers add one).
  const names = new Map<string, string>();
  const inflate = (wanted: (name: string) => boolean): Map<string, string> => {
    const files = new Map<string, string>();
    let unzipped: Record<string, Uint8Array>;
    try {
      unzipped = unzipSync(bytes, {
        filter: (f) => {
          const name = f.name.replace(/^\//, "");
          names.set(name, f.name);
          return wanted(name);
        },
      });
    } catch {
      throw new PackageError("notXlsx");
    }
    for (const [name, data] of Object.entries(unzipped)) {
      files.set(name.replace(/^\//, ""), decoder.decode(data));
    }
    return files;
  };
  const part = (path: string): string | undefined => inflate((n) => n === path).get(path);

  // Small parts first: relationships, content types and the OpenDocument mimetype.
  const small = inflate((n) => n.endsWith(".rels") || n === "mimetype");
  if (small.get("mimetype")?.trim().startsWith(ODS_MIME)) throw new PackageError("ods");
  const relationships = (source: string): Map<string, Relationship> => {
    const xml = small.get(relsPath(source));
    const map = new Map<string, Relationship>();
    if (!xml) return map;
    for (const r of attributesOf(xml, "Relationship")) {
      if (!r.Id || !r.Target || r.TargetMode === "External") continue;
      map.set(r.Id, { type: r.Type ?? "", path: resolve(source, r.Target) });
    }
    return map;
  };

  const main = [...relationships("").values()].find((r) => r.type === `${REL_TYPE}officeDocument`);
  const workbookPath = main?.path ?? "xl/workbook.xml";
  const workbookXml = part(workbookPath);
  if (workbookXml === undefined) throw new PackageError("notXlsx");
  const workbookRels = relationships(workbookPath);

  const { date1904, declared } = readWorkbookPart(workbookXml);
  const sheets = worksheetsOf(declared, workbookRels, names);

  const target = (type: string) =>
    [...workbookRels.values()].find((r) => r.type === `${REL_TYPE}${type}`)?.path;
  const stylesPath = target("styles");
  const stringsPath = target("sharedStrings");
  const parts = inflate((n) => n === stylesPath || n === stringsPath);
  const dateStyles = readDateStyles(stylesPath ? parts.get(stylesPath) : undefined);
  const strings = readSharedStrings(stringsPath ? parts.get(stringsPath) : undefined);

  return {
    sheets,
    part,
    context: {
      date1904,
      isDateStyle: (style) => dateStyles[style] === true,
      sharedString: (index) => strings[index] ?? null,
    },
  };
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a format code shows a date or a time: y, m, d, h, s or b outside quotes and []. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** For each cellXfs index, whether its number format is a date format. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    const a = node.attributes as Record<string, string>;
    if (node.name === "numFmt")
      custom.set(Number.parseInt(a.numFmtId ?? "", 10), a.formatCode ?? "");
    else if (node.name === "cellXfs") inCellXfs = true;
    else if (node.name === "xf" && inCellXfs) formats.push(Number.parseInt(a.numFmtId ?? "0", 10));
  });
  parser.on("closetag", (node) => {
    if (node.name === "cellXfs") inCellXfs = false;
  });
  parser.write(xml).close();
  return formats.map((id) => {
    if (!id) return false;
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

/** The shared strings, rich text as its plain text; phonetic runs left out. */
function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let item: string[] = [];
  let text: string | undefined;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on("opentag", (node) => {
    if (node.name === "si") item = [];
    else if (node.name === "rPh") phonetic++;
    else if (node.name === "t" && phonetic === 0) text = "";
  });
  parser.on("text", (t) => {
    if (text !== undefined) text += t;
  });
  parser.on("closetag", (node) => {
    if (node.name === "t" && text !== undefined) {
      item.push(unescapeText(text));
      text = undefined;
    } else if (node.name === "rPh") phonetic--;
    else if (node.name === "si") strings.push(item.join(""));
  });
  parser.write(xml).close();
  return strings;
}
