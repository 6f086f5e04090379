/**
 * Inputs schools actually have: a workbook with notes and threaded comments is read; a file
 * that is not a usable workbook says what it is and what to do (password, .xls, .ods, no
 * sheets, only charts); a formula saved without its value is a problem at its cell; a FIFO
 * is refused at once instead of blocking.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { run } from "../../src/cli/main.js";
import { capture } from "../support/capture.js";
import { openpyxl } from "../support/external.js";
import { readBack } from "../support/fuzz-run.js";
import { commentedSheet, oleFile, packageXlsx, sheetData } from "../support/xlsx-fixtures.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-inputs-"));
});

async function file(name: string, bytes: Uint8Array | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function check(path: string): Promise<{ code: number; text: string }> {
  const c = capture();
  const code = await run(["check", path], c.io);
  return { code, text: [...c.out, ...c.err].join("\n") };
}

const INFO = sheetData([
  [
    '<c r="A1" t="inlineStr"><is><t>Mục</t></is></c>',
    '<c r="B1" t="inlineStr"><is><t>Giá trị</t></is></c>',
  ],
  [
    '<c r="A2" t="inlineStr"><is><t>Tên chi bộ</t></is></c>',
    '<c r="B2" t="inlineStr"><is><t>Chi bộ Trường Tiểu học Hoà Bình</t></is></c>',
  ],
]);

async function odsBytes(): Promise<Buffer> {
  const zip = new JSZip();
  // The OpenDocument rule: "mimetype" first and stored.
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file(
    "content.xml",
    '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
  );
  zip.file(
    "META-INF/manifest.xml",
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a workbook with notes and comments", () => {
  it.each(["excel", "absolute"] as const)(
    "is read, its cells as without the comments (%s layout)",
    async (layout) => {
      const plain = await file(
        "khong-ghi-chu.xlsx",
        await packageXlsx({ sheets: [{ name: "Thông tin", body: INFO }] }),
      );
      const commented = await file(
        `co-ghi-chu-${layout}.xlsx`,
        await packageXlsx({ sheets: [commentedSheet("Thông tin", INFO, layout)] }),
      );
      const grids = await readXlsx(commented);
      expect(grids).toEqual(await readXlsx(plain));
      expect(grids[0]!.values[1]![1]).toBe("Chi bộ Trường Tiểu học Hoà Bình");
      expect((await check(commented)).text).not.toContain("hỏng");
    },
  );
});

interface Refusal {
  readonly kind: string;
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array | Buffer>;
  readonly says: readonly string[];
}

const REFUSALS: Refusal[] = [
  {
    kind: "a password-protected workbook",
    name: "co-mat-khau.xlsx",
    bytes: async () => oleFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    says: ["file có mật khẩu — hãy bỏ mật khẩu rồi lưu lại"],
  },
  {
    kind: "an Excel 97–2003 file, whatever its name",
    name: "bao-cao-cu.xlsx",
    bytes: async () => oleFile(["Workbook", "\u0005SummaryInformation"]),
    says: [".xls", "chỉ cần đổi định dạng", "Lưu thành", ".xlsx"],
  },
  {
    kind: "an OpenDocument spreadsheet",
    name: "bang-tinh.ods",
    bytes: odsBytes,
    says: [".ods", "chỉ cần đổi định dạng", "Lưu thành", ".xlsx"],
  },
  {
    kind: "a workbook with no sheets",
    name: "khong-co-tab.xlsx",
    bytes: () => packageXlsx({ sheets: [] }),
    says: ["không có trang tính nào"],
  },
  {
    kind: "a workbook of chart sheets only",
    name: "chi-bieu-do.xlsx",
    bytes: () =>
      packageXlsx({
        sheets: [
          {
            name: "Biểu đồ 1",
            kind: "chartsheet",
            body: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
          },
        ],
      }),
    says: ["chỉ có trang biểu đồ"],
  },
];

describe("a file that is not a usable workbook", () => {
  it.each(REFUSALS)("$kind says what is wrong", async ({ name, bytes, says }) => {
    const path = await file(name, await bytes());
    const { code, text } = await check(path);
    expect(code).toBe(2);
    for (const s of says) expect(text).toContain(s);
    expect(text).toContain(path);
    // Not the generic "broken file" message.
    expect(text).not.toContain("đã hỏng");
  });
});

describe("a formula saved without its value", () => {
  it("is a problem at its cell telling how to store the value", async () => {
    const path = await file(
      "chua-tinh.xlsx",
      await packageXlsx({
        sheets: [
          {
            name: "Thông tin",
            body: sheetData([
              [
                '<c r="A1" t="inlineStr"><is><t>Mục</t></is></c>',
                '<c r="B1" t="inlineStr"><is><t>Giá trị</t></is></c>',
              ],
              [
                '<c r="A2" t="inlineStr"><is><t>Tên chi bộ</t></is></c>',
                '<c r="B2"><f>"Chi bộ "&amp;"A"</f></c>',
              ],
            ]),
          },
        ],
      }),
    );
    const { code, text } = await check(path);
    expect(code).toBe(1);
    expect(text).toMatch(/Thông tin!B2|B2/);
    expect(text).toContain("lưu lại một lần để lưu giá trị");
  });
});

describe("an input that is not a regular file", () => {
  it("a FIFO is refused at once, never waited on", async () => {
    const fifo = join(dir, "ong-dan.xlsx");
    execFileSync("mkfifo", [fifo]);
    const { code, text } = await check(fifo);
    expect(code).toBe(2);
    expect(text).toContain("không phải một file thường");
  });
});

const inline = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
const DATE_STYLES =
  '<numFmts count="1"><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>';

/** A workbook whose award count (Giải thưởng!E2) and report date (Thông tin!B3) are `count`, `date`. */
async function awardsWorkbook(name: string, count: string, date: string): Promise<string> {
  return file(
    name,
    await packageXlsx({
      styles: DATE_STYLES,
      sheets: [
        {
          name: "Thông tin",
          body: sheetData([
            [inline("A1", "Mục"), inline("B1", "Giá trị")],
            [inline("A2", "Các năm học"), inline("B2", "2019-2020")],
            [inline("A3", "Ngày báo cáo"), date],
          ]),
        },
        {
          name: "Chỉ tiêu",
          body: sheetData([
            ["Mã", "Nội dung chỉ tiêu", "Đơn vị", "Chỉ tiêu", "Kết quả 2019-2020"].map((h, i) =>
              inline(`${"ABCDE"[i]}1`, h),
            ),
            [
              inline("A2", "A1"),
              inline("B2", "Tỉ lệ"),
              inline("C2", "%"),
              inline("D2", "99%"),
              '<c r="E2"><v>99.5</v></c>',
            ],
          ]),
        },
        {
          name: "Giải thưởng",
          body: sheetData([
            ["Năm học", "Đối tượng", "Cấp", "Giải thưởng / danh hiệu", "Số lượng"].map((h, i) =>
              inline(`${"ABCDE"[i]}1`, h),
            ),
            [
              inline("A2", "2019-2020"),
              inline("B2", "Học sinh"),
              inline("C2", "Huyện"),
              inline("D2", "Giải Nhất"),
              count,
            ],
          ]),
        },
      ],
    }),
  );
}

describe("a number cell that holds no number a spreadsheet can show", () => {
  it.each([
    [
      'text in a t="n" cell',
      '<c r="E2" t="n"><v>abc</v></c>',
      "Giải thưởng!E2",
      '"abc" không phải là một con số',
    ],
    ["1e999 in a number cell", '<c r="E2"><v>1e999</v></c>', "Giải thưởng!E2", "lớn quá mức"],
    ["1e308 in a number cell", '<c r="E2"><v>1e308</v></c>', "Giải thưởng!E2", "lớn quá mức"],
    [
      "a cached 1e999 of a formula",
      '<c r="E2"><f>1+1</f><v>1e999</v></c>',
      "Giải thưởng!E2",
      "lớn quá mức",
    ],
  ])("%s is a problem at its cell, and the archive stays readable", async (_, cell, at, says) => {
    const input = await awardsWorkbook(
      `so-${at.length}-${says.length}.xlsx`,
      cell,
      '<c r="B3" s="1"><v>44837</v></c>',
    );
    const { code, text } = await check(input);
    expect(code).toBe(1);
    const line = text.split("\n").find((l) => l.includes(at));
    expect(line).toContain(says);
    expect(text).not.toMatch(/NaN|Infinity|∞/);
    await expectReadableArchive(input);
  });

  it.each(["3000000000", "10000000", "-5", "2958466"])(
    "a date-formatted serial of %s days is a problem at its cell, and the archive stays readable",
    async (serial) => {
      const input = await awardsWorkbook(
        `ngay-${serial}.xlsx`,
        '<c r="E2"><v>2</v></c>',
        `<c r="B3" s="1"><v>${serial}</v></c>`,
      );
      const { code, text } = await check(input);
      expect(code).toBe(1);
      expect(text.split("\n").find((l) => l.includes("Thông tin!B3"))).toMatch(
        /không phải ngày hợp lệ|ngày ngoài phạm vi bảng tính/,
      );
      await expectReadableArchive(input);
    },
  );
});

const py = openpyxl();

/** Exports `input` and reads the archive back with openpyxl: no error, no non-finite number. */
async function expectReadableArchive(input: string): Promise<void> {
  const archive = `${input}.luu-tru.xlsx`;
  expect(await run(["export", input, "-o", archive, "--force"], capture().io)).toBe(1);
  if (!py.available) return;
  expect(readBack([archive])).toEqual({});
}
