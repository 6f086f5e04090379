/**
 * `tongket tong-hop` end to end: the roll-up's fixture schools, the THCS and the kindergarten
 * of test/fixtures/schools and the sample as XLSX files in a directory with a corrupt one; the roll-up and its draft written; problems named by file,
 * tab and cell; the corrupt file listed and the rest read; inputs never outputs; openpyxl and
 * LibreOffice read the result.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { run } from "../../src/cli/main.js";
import { FILES, ROLLUP_CLI } from "../../src/cli/messages.vi.js";
import { JUDGEMENT_COLOURS } from "../../src/core/index.js";
import { corrupt, fixtureSchools, xlsxOf } from "../core/rollup/fixtures.js";
import { SCHOOLS, writeSchool } from "../fixtures/schools/index.js";
import { capture } from "../support/capture.js";
import { DEBIAN_PYTHON, libreOffice, openpyxl } from "../support/external.js";

const SAMPLE = "sheets-templates/sample.xlsx";

let dir: string;
let out: string;
let result: { code: number; out: string[]; err: string[] };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-tong-hop-"));
  for (const s of fixtureSchools().slice(1)) {
    await writeFile(join(dir, s.file), await xlsxOf(s.grids));
  }
  await copyFile(SAMPLE, join(dir, "hoa-binh.xlsx"));
  for (const s of SCHOOLS) await writeSchool(s.id, dir);
  await writeFile(join(dir, "hong.xlsx"), corrupt(await readFile(SAMPLE)));
  // Not workbooks of the roll-up: Excel's lock file and a note.
  await writeFile(join(dir, "~$kim-dong.xlsx"), "lock");
  await writeFile(join(dir, "ghi-chu.txt"), "x");
  out = join(dir, "ket-qua", "tong-hop.xlsx");
  const c = capture();
  const code = await run(
    ["tong-hop", dir, "-o", out, "--du-thao", join(dir, "ket-qua", "du-thao.md")],
    c.io,
  );
  result = { code, out: c.out, err: c.err };
}, 120_000);

describe("tongket tong-hop DIR", () => {
  it("reads every workbook of the directory, lists the corrupt one and goes on", () => {
    expect(result.err).toEqual([]);
    // Errors in a workbook (Lê Lợi's members) and an unreadable file: exit 1, files written.
    expect(result.code).toBe(1);
    const text = result.out.join("\n");
    expect(text).toContain(`${join(dir, "hong.xlsx")} › không đọc được, đã bỏ qua: Không đọc được`);
    expect(text).toContain(ROLLUP_CLI.done(6, 1, 45, 4));
    expect(text).not.toContain("~$");
  });

  it("names every problem by file, tab and cell", () => {
    const line = result.out.find((l) => l.includes("le-loi.xlsx") && l.includes("Lỗi"));
    expect(line).toMatch(/le-loi\.xlsx › Đảng viên!C2 Lỗi: .*\(18\)/);
  });

  it("writes the roll-up workbook the reader reads back, and the draft", async () => {
    const grids = await readXlsx(out);
    const names = grids.map((g) => g.name);
    expect(names[0]).toBe("Tổng hợp");
    expect(names).toContain("Ghi chú");
    const summary = grids[0]!.values.map((row) => row.join("|"));
    expect(summary.some((l) => l.includes("hong.xlsx"))).toBe(true);
    const md = await readFile(join(dir, "ket-qua", "du-thao.md"), "utf8");
    expect(md).toContain("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUNG");
    expect(md).toContain("kim-dong.xlsx Chỉ tiêu!");
  });

  it("runs again with --force into the same directory without reading its own output", async () => {
    const inside = join(dir, "tong-hop-trong.xlsx");
    for (let k = 0; k < 2; k++) {
      const c = capture();
      expect(await run(["tong-hop", dir, "-o", inside, "--force"], c.io)).toBe(1);
      expect(c.out.join("\n")).toContain(ROLLUP_CLI.done(6, 1, 45, 4));
    }
  });
});

describe("arguments", () => {
  it("never writes over an input, even with --force", async () => {
    const a = join(dir, "hoa-binh.xlsx");
    const before = (await stat(a)).mtimeMs;
    const c = capture();
    expect(await run(["tong-hop", a, join(dir, "kim-dong.xlsx"), "-o", a, "--force"], c.io)).toBe(
      2,
    );
    expect(c.err.join("\n")).toContain(FILES.outputIsInput(a, a));
    expect((await stat(a)).mtimeMs).toBe(before);
  });

  it("refuses an existing file without --force, and unknown extensions", async () => {
    const c = capture();
    expect(await run(["tong-hop", dir, "-o", out], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("--force");
    const d = capture();
    expect(await run(["tong-hop", dir, "-o", join(dir, "x.pdf")], d.io)).toBe(2);
    expect(d.err).toEqual([ROLLUP_CLI.badOutput(join(dir, "x.pdf"))]);
  });

  it("says when a directory holds no workbook", async () => {
    const empty = await mkdtemp(join(tmpdir(), "tongket-tong-hop-empty-"));
    const c = capture();
    expect(await run(["tong-hop", empty, "-o", join(empty, "t.xlsx")], c.io)).toBe(2);
    expect(c.err).toEqual([ROLLUP_CLI.noWorkbooks(empty)]);
  });

  it("writes the draft as Word with -o FILE.docx", async () => {
    const docx = join(dir, "du-thao.docx");
    const c = capture();
    expect(await run(["tong-hop", SAMPLE, join(dir, "kim-dong.xlsx"), "-o", docx], c.io)).toBe(0);
    expect((await readFile(docx)).subarray(0, 2).toString()).toBe("PK");
  });

  it("has Vietnamese help", async () => {
    const c = capture();
    expect(await run(["tong-hop", "--help"], c.io)).toBe(0);
    const help = c.out.join("\n");
    expect(help).toContain(ROLLUP_CLI.description.slice(0, 40));
    expect(help).toContain("--du-thao");
    expect(help).toContain("Mã thoát:");
  });
});

const py = openpyxl();
const lo = libreOffice();
describe("independent readers", () => {
  it.skipIf(!py.available)(`python3-openpyxl reads the roll-up ${py.reason}`, () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = wb.sheetnames
ws = [wb[n] for n in names if "KT1" in n][0]
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=6)]
header = rows[1]
j = header.index("Đánh giá cả nhiệm kỳ")
out = {
  "names": names, "title": rows[0][0], "paper": ws.page_setup.paperSize,
  "fit": ws.page_setup.fitToWidth, "titles": ws.print_title_rows, "freeze": ws.freeze_panes,
  "first": [rows[2][1], rows[2][j], ws.cell(row=3, column=j + 1).fill.fgColor.rgb],
  "percent": [ws.cell(row=3, column=8).value, ws.cell(row=3, column=8).number_format],
}
print(json.dumps(out, ensure_ascii=False))
`;
    const got = JSON.parse(execFileSync(DEBIAN_PYTHON, ["-c", script, out], { encoding: "utf8" }));
    expect(got.names[0]).toBe("Tổng hợp");
    expect(got.names.at(-1)).toBe("Ghi chú");
    expect(got.title).toContain("KT1 — Học sinh được khen thưởng");
    expect([got.paper, got.fit, got.titles, got.freeze]).toEqual([9, 1, "$1:$2", "A3"]);
    expect(got.first[1]).toBe("▲ Vượt chỉ tiêu");
    expect(got.first[2]).toBe(JUDGEMENT_COLOURS.exceeded.fill);
    // Nguyễn Du, first (best), 81% in 2020-2021: a number with a percent format.
    expect(got.percent).toEqual([0.81, "0%"]);
  });

  it.skipIf(!lo.available)(
    `LibreOffice converts the roll-up without error ${lo.reason}`,
    async () => {
      const to = await mkdtemp(join(tmpdir(), "tongket-tong-hop-lo-"));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${to}/profile`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          to,
          out,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const csv = await readFile(join(to, "tong-hop.csv"), "utf8");
      expect(csv).toContain("TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU CỦA 6 ĐƠN VỊ");
      expect(csv).toContain("Chi bộ Trường THCS Nguyễn Du");
      expect(csv).toContain("Chi bộ Trường Mầm non Hòa An,Mầm non,");
    },
  );
});
