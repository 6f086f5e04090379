/**
 * `tongket draft --kind …`: each report kind written as DOCX, read back by python-docx
 * (header blocks, fonts, margins, language, rows kept whole, figures right-aligned) and laid
 * out by LibreOffice; the options' mistakes exit 2 with a Vietnamese message.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { capture } from "../support/capture.js";
import { DEBIAN_PYTHON, libreOffice, pythonDocx } from "../support/external.js";

const SAMPLE = "sheets-templates/sample.xlsx";
let dir = "";
const file = (kind: string) => join(dir, `${kind}.docx`);

/** Per kind: the option, the opening words, the header columns as the reader sees them. */
const KINDS = [
  {
    kind: "bao-cao-nhiem-ky",
    opening: "Thực hiện",
    left: ["ĐẢNG BỘ XÃ HOÀ BÌNH", "CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH", "*", "Số …-BC/CB"],
    right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    title: "BÁO CÁO",
    signer: ["T/M CHI BỘ", "BÍ THƯ"],
  },
  {
    kind: "nghi-quyet",
    opening: "Đại hội Chi bộ Trường Tiểu học Hoà Bình nhiệm kỳ 2022-2025 họp",
    left: [
      "ĐẢNG BỘ XÃ HOÀ BÌNH",
      "ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH",
      "NHIỆM KỲ 2022-2025",
      "*",
      "Số …-NQ/ĐH",
    ],
    right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    title: "NGHỊ QUYẾT",
    signer: ["T/M ĐOÀN CHỦ TỊCH"],
  },
  {
    kind: "nam-hoc",
    opening: "Trường Tiểu học",
    left: ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOÀ BÌNH", "TRƯỜNG TIỂU HỌC HOÀ BÌNH", "Số: …/BC-…"],
    right: ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    title: "BÁO CÁO",
    signer: ["HIỆU TRƯỞNG"],
  },
  {
    kind: "so-ket",
    opening: "Thực hiện",
    left: ["ĐẢNG BỘ XÃ HOÀ BÌNH", "CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH", "*", "Số …-BC/CB"],
    right: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    title: "BÁO CÁO",
    signer: ["T/M CHI BỘ", "BÍ THƯ"],
  },
] as const;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-kinds-"));
  for (const k of KINDS)
    expect(await run(["draft", SAMPLE, "-o", file(k.kind), "--kind", k.kind], capture().io)).toBe(
      0,
    );
});

describe("tongket draft --kind", () => {
  it("writes Markdown of a kind, and --nam-hoc chooses the year", async () => {
    const md = join(dir, "nam-hoc-2020.md");
    const argv = ["draft", SAMPLE, "-o", md, "--kind", "nam-hoc", "--nam-hoc", "2020-2021"];
    expect(await run(argv, capture().io)).toBe(0);
    const text = await readFile(md, "utf8");
    expect(text).toContain("**Tổng kết năm học 2020-2021**");
    expect(text).toContain("**CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**");
  });

  it.each([
    [["--kind", "bien-ban"], "Không có loại văn bản"],
    [["--kind", "nam-hoc", "--nam-hoc", "2030-2031"], "Bảng không có năm học 2030-2031"],
    [["--kind", "nam-hoc", "--nam-hoc", "năm nay"], "không phải năm học"],
  ])("exits 2 for %j", async (extra, message) => {
    const c = capture();
    expect(await run(["draft", SAMPLE, "-o", join(dir, "x.docx"), ...extra], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain(message);
  });
});

const py = pythonDocx();
describe("each kind read back by python-docx", () => {
  it.skipIf(!py.available).each(KINDS)(`$kind: layout, header and signature ${py.reason}`, (k) => {
    const out = execFileSync(
      DEBIAN_PYTHON,
      ["test/support/docx-inspect.py", file(k.kind), k.opening],
      { encoding: "utf8" },
    );
    const r = JSON.parse(out);
    expect(r.page).toEqual([210, 297]);
    expect(r.margins).toEqual([20, 20, 30, 15]);
    const texts = (xs: { text: string }[]) => xs.map((x) => x.text);
    expect(texts(r.headerLeft)).toEqual(k.left);
    expect(texts(r.headerRight).slice(0, k.right.length)).toEqual(k.right);
    for (const x of [...r.headerLeft, ...r.headerRight]) expect(x.font).toBe("Times New Roman");
    expect(r.headerRight.at(-1).italic).toBe(true); // place and date
    expect(r.title.map((t: { text: string }) => t.text)).toEqual([k.title]);
    expect(r.body).toMatchObject({ font: "Times New Roman", size: 14, firstLineIndentMm: 10 });
    expect(texts(r.signer).slice(0, k.signer.length)).toEqual(k.signer);
    expect(r.recipients[0]).toMatchObject({ text: "Nơi nhận:", bold: true, italic: true });
    // Issue 8: Vietnamese spelling, rows kept whole, figures right-aligned.
    expect(new Set(r.language)).toEqual(new Set(["vi-VN"]));
    expect(r.splittableRows).toBe(0);
    // The resolution has no tables; the mid-term review's figures stand inside sentences
    // ("2020-2021: 98,9%; …"), a column of text; the others have columns of figures.
    if (k.kind !== "nghi-quyet" && k.kind !== "so-ket")
      expect(r.figureCells.length).toBeGreaterThan(0);
    for (const [cell, align] of r.figureCells) expect(align, cell).toMatch(/RIGHT/);
  });
});

const lo = libreOffice();
describe("each kind laid out by LibreOffice", () => {
  it.skipIf(!lo.available)(
    `converts every kind to a PDF of several pages ${lo.reason}`,
    async () => {
      const outDir = await mkdtemp(join(tmpdir(), "tongket-kinds-pdf-"));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${outDir}/profile`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          outDir,
          ...KINDS.map((k) => file(k.kind)),
        ],
        { stdio: "ignore", timeout: 180_000 },
      );
      for (const k of KINDS) {
        const pdf = (await readFile(join(outDir, `${k.kind}.pdf`))).toString("latin1");
        const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
        expect(pages, k.kind).toBeGreaterThan(1);
      }
    },
  );
});
