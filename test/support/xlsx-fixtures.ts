/**
 * XLSX files built part by part, shaped like what Google Sheets, Excel and LibreOffice write,
 * for the reader's tests: the layout of a Google download, comments and threaded comments as
 * Excel saves them, tabs in any order, and the ways a file is not a usable workbook.
 */
import JSZip from "jszip";
import { a1 } from "../../src/core/base/text.js";

export const xml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

type GCell = { s: number } | { n: number; style?: number } | { rich: number } | null;

function sheetXml(rows: GCell[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((c, i) => {
          if (!c) return "";
          const ref = a1(r, i);
          if ("s" in c) return `<c r="${ref}" t="s"><v>${c.s}</v></c>`;
          if ("rich" in c) return `<c r="${ref}" t="s"><v>${c.rich}</v></c>`;
          return `<c r="${ref}"${c.style ? ` s="${c.style}"` : ""}><v>${c.n}</v></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  // Like Google's export: no <dimension>, a default sheetView, no column widths.
  return xml(
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15.75"/><sheetData>${body}</sheetData></worksheet>`,
  );
}

/** Builds a small workbook the way Google Sheets' "Download as .xlsx" lays it out. */
export async function googleLikeXlsx(): Promise<Buffer> {
  const strings: string[] = [];
  const s = (text: string): GCell => {
    let i = strings.indexOf(text);
    if (i < 0) i = strings.push(text) - 1;
    return { s: i };
  };
  const richIndex = strings.length;
  strings.push("RICH");
  const info: GCell[][] = [
    [s("Mục"), s("Giá trị")],
    [s("Tên chi bộ"), s("Chi bộ Trường Tiểu học Hoà Bình")],
    [s("Nhiệm kỳ"), s("2020-2022")],
    [s("Các năm học"), s("2020-2021; 2021-2022")],
    [s("Ngày báo cáo"), { n: 44837, style: 2 }], // 03/10/2022 as a serial number
  ];
  const indicators: GCell[][] = [
    [
      s("Mã"),
      s("Nội dung chỉ tiêu"),
      s("Đơn vị"),
      s("Chỉ tiêu"),
      s("Kết quả 2020-2021"),
      s("Kết quả 2021-2022"),
    ],
    [
      s("NL1"),
      { rich: richIndex },
      s("%"),
      { n: 0.99, style: 1 },
      { n: 0.993, style: 1 },
      { n: 0.995, style: 1 },
    ],
    [
      s("HT1"),
      s("Hoàn thành chương trình lớp học"),
      s("%"),
      s("99,5%-100%"),
      { n: 0.99, style: 1 },
      { n: 0.999, style: 1 },
    ],
    [
      s("HSG1"),
      s("Giải cấp thành phố"),
      s("giải"),
      s("Năm sau cao hơn năm trước"),
      { n: 5 },
      { n: 12 },
    ],
  ];
  const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const sst = strings
    .map((t) =>
      t === "RICH"
        ? `<si><r><rPr><b/><sz val="10"/></rPr><t xml:space="preserve">Học sinh xếp mức </t></r><r><rPr><i/></rPr><t>Đạt ở mỗi tiêu chí</t></r></si>`
        : `<si><t>${escapeXml(t)}</t></si>`,
    )
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  zip.file(
    "_rels/.rels",
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "xl/workbook.xml",
    xml(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><sheets><sheet state="visible" name="Thông tin" sheetId="1" r:id="rId3"/><sheet state="visible" name="Chỉ tiêu" sheetId="2" r:id="rId4"/></sheets><definedNames/><calcPr/></workbook>`,
    ),
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "xl/styles.xml",
    xml(
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="lightGray"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf borderId="0" fillId="0" fontId="0" numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf borderId="0" fillId="0" fontId="0" numFmtId="0" xfId="0"/><xf borderId="0" fillId="0" fontId="0" numFmtId="164" xfId="0" applyNumberFormat="1"/><xf borderId="0" fillId="0" fontId="0" numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle xfId="0" name="Normal" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`,
    ),
  );
  zip.file(
    "xl/sharedStrings.xml",
    xml(
      `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${sst}</sst>`,
    ),
  );
  zip.file("xl/worksheets/sheet1.xml", sheetXml(info));
  zip.file("xl/worksheets/sheet2.xml", sheetXml(indicators));
  return zip.generateAsync({ type: "nodebuffer" });
}

const CONTENT_TYPES = xml(
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
);
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetSpec {
  readonly name: string;
  /** The worksheet's children (sheetData, mergeCells, hyperlinks…), or the chartsheet's. */
  readonly body: string;
  readonly kind?: "worksheet" | "chartsheet";
  readonly state?: "visible" | "hidden";
  /** The part's file number (xl/worksheets/sheetN.xml); defaults to its tab position. */
  readonly file?: number;
  /** Relationships of the sheet part, and the parts they point to (path → XML). */
  readonly rels?: string;
  readonly parts?: Readonly<Record<string, string>>;
}

export interface PackageSpec {
  readonly sheets: readonly SheetSpec[];
  /** The shared strings' <si> elements. */
  readonly strings?: readonly string[];
  /** The styles part's children. */
  readonly styles?: string;
  readonly workbookPr?: string;
  /** Puts xl/workbook.xml after the sheets in the zip (the streaming reader then says "SheetN"). */
  readonly workbookLast?: boolean;
}

/** An XLSX package from its parts, written in the order the spec gives. */
export async function packageXlsx(spec: PackageSpec): Promise<Buffer> {
  const zip = new JSZip();
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((s, i) => {
    const n = s.file ?? i + 1;
    const kind = s.kind ?? "worksheet";
    rels.push(
      `<Relationship Id="rIdS${i}" Type="${REL}/${kind}" Target="${kind}s/sheet${n}.xml"/>`,
    );
    sheets.push(
      `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rIdS${i}"/>`,
    );
  });
  if (spec.strings) {
    rels.push(`<Relationship Id="rIdStr" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  rels.push(`<Relationship Id="rIdSty" Type="${REL}/styles" Target="styles.xml"/>`);
  const workbook = () => {
    zip.file(
      "xl/workbook.xml",
      xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${spec.workbookPr ?? ""}/><sheets>${sheets.join("")}</sheets></workbook>`,
      ),
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      xml(`<Relationships xmlns="${RELS_NS}">${rels.join("")}</Relationships>`),
    );
  };
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file(
    "_rels/.rels",
    xml(
      `<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  if (!spec.workbookLast) workbook();
  zip.file(
    "xl/styles.xml",
    xml(
      `<styleSheet xmlns="${MAIN}">${spec.styles ?? `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>`}</styleSheet>`,
    ),
  );
  if (spec.strings) {
    zip.file(
      "xl/sharedStrings.xml",
      xml(`<sst xmlns="${MAIN}" count="${spec.strings.length}">${spec.strings.join("")}</sst>`),
    );
  }
  spec.sheets.forEach((s, i) => {
    const n = s.file ?? i + 1;
    const kind = s.kind ?? "worksheet";
    const root = kind === "worksheet" ? "worksheet" : "chartsheet";
    zip.file(
      `xl/${kind}s/sheet${n}.xml`,
      xml(`<${root} xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</${root}>`),
    );
    if (s.rels) {
      zip.file(
        `xl/${kind}s/_rels/sheet${n}.xml.rels`,
        xml(`<Relationships xmlns="${RELS_NS}">${s.rels}</Relationships>`),
      );
    }
    for (const [path, content] of Object.entries(s.parts ?? {})) zip.file(path, content);
  });
  if (spec.workbookLast) workbook();
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Rows of raw <c> elements as a sheetData element. */
export function sheetData(rows: readonly (readonly string[])[]): string {
  return `<sheetData>${rows.map((cells, r) => `<row r="${r + 1}">${cells.join("")}</row>`).join("")}</sheetData>`;
}

/**
 * A tab with a legacy note (comments part + VML drawing) and a threaded comment. "excel" lays
 * the parts out as Excel 365 saves them (relative targets "../comments1.xml", a persons part);
 * "absolute" as openpyxl and other tools do ("/xl/comments/comment1.xml"), which exceljs's
 * in-memory reader refused as a broken file.
 */
export function commentedSheet(
  name: string,
  body: string,
  layout: "excel" | "absolute" = "excel",
): SheetSpec {
  const paths =
    layout === "excel"
      ? { comments: "xl/comments1.xml", vml: "xl/drawings/vmlDrawing1.vml" }
      : { comments: "xl/comments/comment1.xml", vml: "xl/drawings/commentsDrawing1.vml" };
  const target = (path: string) => (layout === "excel" ? `../${path.slice(3)}` : `/${path}`);
  const comments = xml(
    `<comments xmlns="${MAIN}"><authors><author>tc={6A1B}</author><author>Cô Lan</author></authors><commentList><comment ref="B2" authorId="0"><text><t>[Threaded comment] Số này lấy từ báo cáo tháng 5</t></text></comment><comment ref="A1" authorId="1"><text><r><rPr><b/></rPr><t>Cô Lan:</t></r><r><t xml:space="preserve"> ghi chú cũ</t></r></text></comment></commentList></comments>`,
  );
  const threaded = xml(
    `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="B2" dT="2022-05-30T08:00:00.00" personId="{11111111-1111-1111-1111-111111111111}" id="{6A1B}"><text>Số này lấy từ báo cáo tháng 5</text></threadedComment></ThreadedComments>`,
  );
  const persons = xml(
    `<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Cô Lan" id="{11111111-1111-1111-1111-111111111111}" userId="lan" providerId="None"/></personList>`,
  );
  const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;
  return {
    name,
    body: `${body}<legacyDrawing r:id="rIdV"/>`,
    rels: `<Relationship Id="rIdC" Type="${REL}/comments" Target="${target(paths.comments)}"/><Relationship Id="rIdV" Type="${REL}/vmlDrawing" Target="${target(paths.vml)}"/><Relationship Id="rIdT" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="${target("xl/threadedComments/threadedComment1.xml")}"/>`,
    parts: {
      [paths.comments]: comments,
      [paths.vml]: vml,
      "xl/threadedComments/threadedComment1.xml": threaded,
      "xl/persons/person.xml": persons,
    },
  };
}

/**
 * The first sector of an OLE compound file holding the named streams, which is where Excel's
 * password-protected workbook ("EncryptionInfo", "EncryptedPackage") and the old binary .xls
 * ("Workbook") keep their contents: signature, header, then the directory entries' names.
 */
export function oleFile(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  const entries = ["Root Entry", ...streams].map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    entry.writeUInt8(name === "Root Entry" ? 5 : 2, 66);
    return entry;
  });
  const directory = Buffer.concat(entries);
  return Buffer.concat([header, directory, Buffer.alloc(512 - (directory.length % 512))]);
}
