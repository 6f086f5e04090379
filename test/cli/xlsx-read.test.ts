/**
 * The XLSX reader on files as users have them: saved by LibreOffice (and through ODS), and
 * shaped like a Google Sheets download (no dimension element, shared strings with rich text,
 * percents as numbers with a percent format, dates as serial numbers with a date format).
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { readXlsx, readXlsxBuffer } from "../../src/cli/io/xlsx-read.js";
import { a1 } from "../../src/core/base/text.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { libreOffice } from "../support/external.js";

const SAMPLE = "sheets-templates/sample.xlsx";

function model(grids: NamedGrid[]) {
  const a = analyse(grids);
  return {
    workbook: { ...a.workbook, layouts: undefined },
    judgements: a.evaluation.indicators.map(
      (v) => `${v.indicator.code} ${computedCells(v).judgement} ${computedCells(v).gap}`,
    ),
    problems: a.problems,
  };
}

function soffice(profile: string, args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

const lo = libreOffice();
describe("files saved by LibreOffice", () => {
  it.skipIf(!lo.available)(
    `the sample round-tripped through xlsx and through ods gives the same model ${lo.reason}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "tongket-lo-"));
      const profile = join(dir, "profile");
      await copyFile(SAMPLE, join(dir, "mau.xlsx"));
      // xlsx → xlsx (LibreOffice's own writer)
      soffice(profile, ["--convert-to", "xlsx", "--outdir", join(dir, "x"), join(dir, "mau.xlsx")]);
      // xlsx → ods → xlsx
      soffice(profile, ["--convert-to", "ods", "--outdir", dir, join(dir, "mau.xlsx")]);
      soffice(profile, ["--convert-to", "xlsx", "--outdir", join(dir, "o"), join(dir, "mau.ods")]);
      const original = model(await readXlsx(SAMPLE));
      expect(original.judgements.length).toBeGreaterThan(40);
      for (const file of [join(dir, "x", "mau.xlsx"), join(dir, "o", "mau.xlsx")]) {
        const got = model(await readXlsx(file));
        expect(got.judgements).toEqual(original.judgements);
        expect(got.workbook).toEqual(original.workbook);
        expect(got.problems).toEqual(original.problems);
      }
    },
  );
});

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

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
async function googleLikeXlsx(): Promise<Buffer> {
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

describe("a file shaped like a Google Sheets download", () => {
  it("reads rich text, percent numbers and dates as the core expects", async () => {
    const buffer = await googleLikeXlsx();
    const grids = await readXlsxBuffer(buffer, "google.xlsx");
    const indicators = grids.find((g) => g.name === "Chỉ tiêu")!;
    expect(indicators.values[1]![1]).toBe("Học sinh xếp mức Đạt ở mỗi tiêu chí");
    expect(indicators.values[1]![4]).toBe(0.993);
    const info = grids.find((g) => g.name === "Thông tin")!;
    expect(info.values[4]![1]).toBeInstanceOf(Date);
    const a = analyse(grids);
    expect(a.workbook.info.reportDate?.text).toBe("03/10/2022");
    const byCode = Object.fromEntries(
      a.evaluation.indicators.map((v) => [v.indicator.code, v] as const),
    );
    expect(byCode.NL1!.years.map((y) => y.value)).toEqual([99.3, 99.5]);
    expect(computedCells(byCode.NL1!).judgement).toBe("▲ Vượt chỉ tiêu");
    expect(computedCells(byCode.HT1!).judgement).toBe("✘ Chưa đạt");
    expect(computedCells(byCode.HSG1!).judgement).toBe("✔ Đạt chỉ tiêu");
    // Also from disk, the path the command takes.
    const dir = await mkdtemp(join(tmpdir(), "tongket-g-"));
    await writeFile(join(dir, "g.xlsx"), buffer);
    expect(await readXlsx(join(dir, "g.xlsx"))).toEqual(grids);
  });
});
