/**
 * `tongket draft`: files written atomically, refused without --force; the DOCX read back
 * by an independent reader (python-docx) and laid out by LibreOffice.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { SAMPLE as SAMPLE_DATA } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateWorkbook } from "../../src/writers/index.js";
import { capture } from "../support/capture.js";
import { DEBIAN_PYTHON, libreOffice, pythonDocx } from "../support/external.js";

const SAMPLE = "sheets-templates/sample.xlsx";
let dir = "";
let docxFile = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-draft-"));
  docxFile = join(dir, "bao-cao.docx");
  expect(await run(["draft", SAMPLE, "-o", docxFile], capture().io)).toBe(0);
});

describe("tongket draft", () => {
  it("writes a DOCX and refuses to overwrite it without --force", async () => {
    const before = await readFile(docxFile);
    expect(before.subarray(0, 2).toString()).toBe("PK");
    const c = capture();
    expect(await run(["draft", SAMPLE, "-o", docxFile], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("--force");
    expect(await readFile(docxFile)).toEqual(before);
    expect(await run(["draft", SAMPLE, "-o", docxFile, "--force"], capture().io)).toBe(0);
  });

  it("writes Markdown with the chart PNG beside it", async () => {
    const md = join(dir, "bao-cao.md");
    const c = capture();
    expect(await run(["draft", SAMPLE, "-o", md], c.io)).toBe(0);
    const text = await readFile(md, "utf8");
    expect(text).toContain("# PHẦN THỨ NHẤT");
    expect(text).toContain("| Chỉ tiêu đề ra | Kết quả đạt được | Đánh giá |");
    expect(text).toContain(
      "![Biểu đồ: số giải của học sinh theo năm học và cấp](bao-cao.giai-thuong.png)",
    );
    const png = await readFile(join(dir, "bao-cao.giai-thuong.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // A second run without --force refuses before writing anything.
    const again = capture();
    expect(await run(["draft", SAMPLE, "-o", md], again.io)).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes the draft of a workbook with errors all the same, and exits 1 like check", async () => {
    const bad = join(dir, "loi.xlsx");
    const wb = templateWorkbook(SAMPLE_DATA);
    wb.getWorksheet("Chỉ tiêu")!.getCell("I6").value = "150%";
    await wb.xlsx.writeFile(bad);
    const c = capture();
    expect(await run(["draft", bad, "-o", join(dir, "loi.md")], c.io)).toBe(1);
    expect(c.out.join("\n")).toMatch(/Bảng còn [1-9]\d* lỗi/);
    expect(await readFile(join(dir, "loi.md"), "utf8")).toContain("# PHẦN THỨ NHẤT");
  });

  it.each([
    [["draft", SAMPLE], "-o"],
    [["draft", SAMPLE, "-o", "x.pdf"], ".docx"],
    [["draft", "khong-co.xlsx", "-o", "x.docx"], "Không tìm thấy file"],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err.join("\n")).toContain(message);
  });
});

const py = pythonDocx();
describe("the DOCX read back by python-docx", () => {
  it.skipIf(!py.available)(`has the Party layout, header and table ${py.reason}`, () => {
    const out = execFileSync(DEBIAN_PYTHON, ["test/support/docx-inspect.py", docxFile], {
      encoding: "utf8",
    });
    const r = JSON.parse(out);
    expect(r.page).toEqual([210, 297]);
    const [top, bottom, left, right] = r.margins;
    expect(top).toBeGreaterThanOrEqual(20);
    expect(top).toBeLessThanOrEqual(25);
    expect(bottom).toBeGreaterThanOrEqual(20);
    expect(bottom).toBeLessThanOrEqual(25);
    expect(left).toBeGreaterThanOrEqual(30);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(15);
    expect(right).toBeLessThanOrEqual(20);
    expect(r.differentFirstPage).toBe(true);
    expect(r.headerLeft).toEqual([
      { text: "ĐẢNG BỘ XÃ HOÀ BÌNH", font: "Times New Roman", size: 14, bold: null, italic: null },
      {
        text: "CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH",
        font: "Times New Roman",
        size: 14,
        bold: true,
        italic: null,
      },
      { text: "*", font: "Times New Roman", size: 14, bold: null, italic: null },
      { text: "Số …-BC/CB", font: "Times New Roman", size: 14, bold: null, italic: null },
    ]);
    expect(r.headerRight[0]).toEqual({
      text: "ĐẢNG CỘNG SẢN VIỆT NAM",
      font: "Times New Roman",
      size: 15,
      bold: true,
      italic: null,
    });
    expect(r.headerRight.slice(1).every((x: { italic: boolean }) => x.italic)).toBe(true);
    expect(r.title).toEqual([{ text: "BÁO CÁO", size: 16, bold: true }]);
    expect(r.body).toEqual({
      font: "Times New Roman",
      size: 14,
      firstLineIndentMm: 10,
      spaceAfterPt: 6,
    });
    const styles = new Set(r.headings.map((h: string[]) => h[0]));
    expect(styles).toEqual(new Set(["Heading 1", "Heading 2", "Heading 3", "Heading 4"]));
    expect(r.headings).toContainEqual(["Heading 2", "I. ĐẶC ĐIỂM TÌNH HÌNH"]);
    const targets = r.tables.find((t: string[][]) => t[0]?.[0] === "Chỉ tiêu đề ra");
    expect(targets[0]).toEqual(["Chỉ tiêu đề ra", "Kết quả đạt được", "Đánh giá"]);
    expect(targets).toContainEqual([
      "Học sinh hoàn thành chương trình lớp học: 99,5%–100%",
      "từ 99% trở lên",
      "Chưa đạt",
    ]);
    expect(r.highlighted).toContain("ngày … tháng … năm …");
    expect(r.highlighted).toContain("[chưa điền: Thông tin!B14]");
    expect(r.images).toBe(2); // prizes, and rates over the school years
    // Page numbers from page 2: the first page's header has none, the others do.
    expect(r.pageNumbers).toEqual({ first: false, others: true });
    // "Nơi nhận" smaller than the body, its label bold italic; the signer's lines bold 14 pt.
    expect(r.recipients[0]).toMatchObject({ text: "Nơi nhận:", bold: true, italic: true });
    for (const line of r.recipients) expect(line.size, line.text).toBeLessThan(14);
    expect(r.recipients.slice(1).every((l: { italic: boolean }) => !l.italic)).toBe(true);
    expect(r.signer.slice(0, 2)).toEqual([
      { text: "T/M CHI BỘ", font: "Times New Roman", size: 14, bold: true, italic: null },
      { text: "BÍ THƯ", font: "Times New Roman", size: 14, bold: true, italic: null },
    ]);
  });
});

const lo = libreOffice();
describe("the DOCX laid out by LibreOffice", () => {
  it.skipIf(!lo.available)(`converts to a PDF of several pages ${lo.reason}`, async () => {
    const outDir = await mkdtemp(join(tmpdir(), "tongket-pdf-"));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${outDir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        docxFile,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    const pdf = (await readFile(join(outDir, "bao-cao.pdf"))).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
  });
});
