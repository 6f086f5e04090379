import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { writeArchive } from "../../src/cli/io/archive-write.js";
import { writeAtomically } from "../../src/cli/io/atomic.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { run, VERSION } from "../../src/cli/main.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { archivePlan, JUDGEMENT_COLOURS } from "../../src/core/outputs/archive.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { numberFormat, safeSheetNames } from "../../src/writers/index.js";
import { capture } from "../support/capture.js";
import { DEBIAN_PYTHON, libreOffice, openpyxl } from "../support/external.js";

const SAMPLE = "sheets-templates/sample.xlsx";

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "tongket-export-"));
}

function judgements(grids: NamedGrid[]): Record<string, unknown> {
  return Object.fromEntries(
    analyse(grids).evaluation.indicators.map((v) => [v.indicator.code, computedCells(v).judgement]),
  );
}

let dir: string;
let archive: string;
let loaded: ExcelJS.Workbook;

beforeAll(async () => {
  dir = await tempDir();
  archive = join(dir, "luu-tru.xlsx");
  const c = capture();
  expect(await run(["export", SAMPLE, "-o", archive], c.io)).toBe(0);
  expect(c.out.join("\n")).toContain("43 chỉ tiêu");
  loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(archive);
});

describe("the archive of the sample, read back with exceljs", () => {
  it("holds the summary, every input tab in order and the notes", async () => {
    const input = (await readXlsx(SAMPLE)).map((g) => g.name);
    expect(loaded.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", ...input, "Ghi chú xuất"]);
    expect(loaded.getWorksheet("Danh mục")!.state).toBe("hidden");
    expect(loaded.getWorksheet("Chỉ tiêu")!.state).toBe("visible");
  });

  it("copies every input cell; plain numbers become numbers, everything else stays as typed", async () => {
    const input = await readXlsx(SAMPLE);
    const out = await readXlsx(archive);
    for (const g of input) {
      const copy = out.find((o) => o.name === g.name)!;
      g.values.forEach((row, r) => {
        row.forEach((v, c) => {
          const got = copy.values[r]?.[c] ?? null;
          if (g.name === "Chỉ tiêu" && c >= 16 && r > 0) return; // computed: filled in
          if (typeof v === "string" && /^\d[\d,.]*%$/.test(v)) {
            // "99,3%" is stored as the number 0.993.
            expect(got).toBeCloseTo(Number(v.replace("%", "").replace(",", ".")) / 100, 9);
          } else if (typeof v === "string" && typeof got === "number") {
            // "2" or "1.157.274.000" typed as text is stored as a number.
            expect(got).toBe(Number(v.replace(/\./g, "").replace(",", ".")));
          } else {
            expect(got ?? "").toEqual(v ?? "");
          }
        });
      });
    }
  });

  it("formats percents, money and differences with standard codes", () => {
    const sheet = loaded.getWorksheet("Chỉ tiêu")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (h: string) => header.indexOf(h);
    const nl1 = sheet.getRow(6);
    expect(nl1.getCell(1).value).toBe("NL1");
    expect(nl1.getCell(col("Kết quả cả nhiệm kỳ")).value).toBeCloseTo(0.993, 12);
    expect(nl1.getCell(col("Kết quả cả nhiệm kỳ")).numFmt).toBe("0.0%");
    expect(nl1.getCell(col("Chỉ tiêu")).numFmt).toBe("0%");
    expect(nl1.getCell(col("Chênh lệch")).value).toBeCloseTo(0.3, 12);
    expect(nl1.getCell(col("Chênh lệch")).numFmt).toBe("+#,##0.0;-#,##0.0;0");
    const money = loaded.getWorksheet("Kinh phí")!.getCell("E4");
    expect(money.value).toBe(1157274000);
    expect(money.numFmt).toBe("#,##0");
    expect(numberFormat("percent", 0.5)).toBe("0%");
    expect(numberFormat("percent", 0.9925)).toBe("0.25%".replace("0.25", "0.00"));
  });

  it("colours judgements and keeps their symbols", () => {
    const sheet = loaded.getWorksheet("Chỉ tiêu")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const j = header.indexOf("Đánh giá");
    let seen = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(j);
      const text = String(cell.value ?? "");
      const key = text.startsWith("▲")
        ? "exceeded"
        : text.startsWith("✔")
          ? "met"
          : text.startsWith("✘")
            ? "notMet"
            : undefined;
      if (!key) return;
      seen++;
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(JUDGEMENT_COLOURS[key].fill);
    });
    expect(seen).toBeGreaterThan(10);
    const summary = loaded.getWorksheet("Tổng hợp")!;
    let colouredInSummary = 0;
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.value).startsWith("✘ ")) {
          expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
            JUDGEMENT_COLOURS.notMet.fill,
          );
          colouredInSummary++;
        }
      }),
    );
    expect(colouredInSummary).toBeGreaterThan(0);
  });

  it("has bold frozen headers, widths, A4 fit-to-width print setup with repeated headers", () => {
    for (const sheet of loaded.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
    }
    const sheet = loaded.getWorksheet("Chỉ tiêu")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 1 });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getColumn(5).width).toBe(44);
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
  });

  it("keeps every cell of a tall row at its top, and figures apart from the text beside them", () => {
    const sheet = loaded.getWorksheet("Chỉ tiêu")!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const col = (h: string) => header.indexOf(h);
    const rowOf = (code: string) => {
      let found = 0;
      sheet.eachRow((r, n) => {
        if (r.getCell(col("Mã")).value === code) found = n;
      });
      return sheet.getRow(found);
    };
    const at = (code: string, h: string) => rowOf(code).getCell(col(h)).alignment ?? {};
    // CT1's long label wraps and makes its row tall: code, label, figures and judgement sit on top.
    expect(rowOf("CT1").height).toBeGreaterThan(15);
    for (const h of ["Mã", "Nhóm", "Nội dung chỉ tiêu", "Chỉ tiêu", "Đánh giá"]) {
      expect(at("CT1", h).vertical, h).toBe("top");
    }
    // Right-aligned figures and left-aligned computed text each keep a space towards the other.
    expect(at("KT1", "Kết quả 2019-2020")).toMatchObject({ horizontal: "right", indent: 1 });
    expect(at("KT1", "Chênh lệch")).toMatchObject({ horizontal: "right", indent: 1 });
    expect(at("KT1", "Xu hướng")).toMatchObject({ horizontal: "left", indent: 1 });
  });

  it("sets document properties and writes the notes tab", () => {
    expect(loaded.title).toBe("Tổng kết — Chi bộ Trường Tiểu học Hoà Bình — nhiệm kỳ 2020-2022");
    expect(loaded.keywords).toContain("nhiệm kỳ 2020-2022");
    expect(loaded.subject).not.toBe("");
    expect(loaded.creator).not.toBe("");
    const notes = loaded.getWorksheet("Ghi chú xuất")!;
    const text = JSON.stringify(notes.getSheetValues());
    expect(text).toContain(`File ${SAMPLE}`);
    expect(text).toContain(VERSION);
    expect(notes.getCell("B3").value).toBeInstanceOf(Date);
  });

  it("reads back into the same model and the same judgements", async () => {
    const input = await readXlsx(SAMPLE);
    const back = await readXlsx(archive);
    expect(judgements(back)).toEqual(judgements(input));
    const a = analyse(input);
    const b = analyse(back);
    expect(b.problems).toEqual(a.problems);
    expect(b.evaluation.awards).toEqual(a.evaluation.awards);
    expect(b.evaluation.funding).toEqual(a.evaluation.funding);
    expect(b.workbook.indicators.map((i) => i.target.measure)).toEqual(
      a.workbook.indicators.map((i) => i.target.measure),
    );
  });
});

const TRICKY = ["=1+2", "+84 912 345 678", "-5 học sinh", "@ban giám hiệu", "=HYPERLINK(1)"];

/** The sample with formula-like notes in Chỉ tiêu (column P) and a tab of its own. */
async function trickyArchive(name: string): Promise<string> {
  const grids = await readXlsx(SAMPLE);
  const indicators = grids.find((g) => g.name === "Chỉ tiêu")!;
  TRICKY.forEach((t, i) => {
    indicators.values[i + 1]![15] = t; // Ghi chú
  });
  grids.push({ name: "Sổ tay", values: [["Ghi chép"], ["=SUM(A1:A9)"], ["@x"]] });
  const file = join(dir, name);
  const plan = archivePlan(grids, analyse(grids), {
    madeAt: new Date(),
    source: "t",
    version: "t",
  });
  await writeArchive(file, plan);
  return file;
}

describe("text that looks like a formula", () => {
  it("stays text in the archive", async () => {
    const file = await trickyArchive("cong-thuc.xlsx");
    const tricky = TRICKY;
    const zip = await JSZip.loadAsync(await readFile(file));
    for (const name of Object.keys(zip.files).filter((n) => n.includes("worksheets/sheet"))) {
      expect(await zip.file(name)!.async("string")).not.toContain("<f>");
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.getWorksheet("Chỉ tiêu")!;
    tricky.forEach((t, i) => {
      const cell = sheet.getCell(i + 2, 16);
      expect(cell.value).toBe(t);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    });
    expect(wb.getWorksheet("Sổ tay")!.getCell("A2").value).toBe("=SUM(A1:A9)");
  });
});

describe("tab names from Google Sheets", () => {
  it("become names Excel accepts, distinct, with print titles that still work", async () => {
    const long = "Kế hoạch [2022/2023]: chi tiết các hoạt động của nhà trường";
    expect(safeSheetNames([long, `${long} 2`, "Sổ tay của cô Hà's", "Chỉ tiêu"])).toEqual([
      "Kế hoạch -2022-2023-- chi tiết",
      "Kế hoạch -2022-2023-- chi t (2)",
      "Sổ tay của cô Hà’s",
      "Chỉ tiêu",
    ]);
    const grids = await readXlsx(SAMPLE);
    grids.push({ name: long, values: [["Việc"], ["Họp"]] });
    grids.push({ name: `${long} 2`, values: [["Việc"], ["Họp lần 2"]] });
    grids.push({ name: "Sổ tay của cô Hà's", values: [["Ghi"], ["x"]] });
    const file = join(dir, "ten-trang.xlsx");
    await writeArchive(
      file,
      archivePlan(grids, analyse(grids), { madeAt: new Date(), source: "t", version: "t" }),
    );
    const back = await readXlsx(file);
    expect(back.find((g) => g.name === "Kế hoạch -2022-2023-- chi t (2)")!.values[1]).toEqual([
      "Họp lần 2",
    ]);
    const zip = await JSZip.loadAsync(await readFile(file));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const id = back.findIndex((g) => g.name === "Sổ tay của cô Hà’s");
    expect(id).toBeGreaterThan(0);
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="${id}">&apos;Sổ tay của cô Hà’s&apos;!$1:$1</definedName>`,
    );
  });
});

describe("computed columns", () => {
  it("are added back when the input lacks them", async () => {
    const grids = await readXlsx(SAMPLE);
    const indicators = grids.find((g) => g.name === "Chỉ tiêu")!;
    const trimmed = indicators.values.map((row) => row.slice(0, 16));
    const input = grids.map((g) => (g.name === "Chỉ tiêu" ? { ...g, values: trimmed } : g));
    const file = join(dir, "thieu-cot.xlsx");
    await writeArchive(
      file,
      archivePlan(input, analyse(input), { madeAt: new Date(), source: "t", version: "t" }),
    );
    const back = (await readXlsx(file)).find((g) => g.name === "Chỉ tiêu")!;
    expect(back.values[0]!.slice(16)).toEqual([
      "Đánh giá",
      "Đánh giá từng năm",
      "Chênh lệch",
      "Xu hướng",
    ]);
    expect(back.values[5]![0]).toBe("NL1");
    expect(back.values[5]![16]).toBe("▲ Vượt chỉ tiêu");
  });
});

describe("writing safely", () => {
  it("refuses to overwrite without --force, and overwrites with it", async () => {
    const d = await tempDir();
    const file = join(d, "a.xlsx");
    await writeFile(file, "old");
    const c = capture();
    expect(await run(["export", SAMPLE, "-o", file], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("--force");
    expect(await readFile(file, "utf8")).toBe("old");
    expect(await run(["export", SAMPLE, "-o", file, "--force"], capture().io)).toBe(0);
    expect((await stat(file)).size).toBeGreaterThan(10_000);
  });

  // Failing on the first row races the file still being opened; half-way, a file being written.
  it.each(["first", "half"] as const)(
    "leaves no file and no temporary file when writing fails at the %s row",
    async (at) => {
      const d = await tempDir();
      const file = join(d, "hong.xlsx");
      const grids = await readXlsx(SAMPLE);
      const plan = archivePlan(grids, analyse(grids), {
        madeAt: new Date(),
        source: "t",
        version: "t",
      });
      const half = at === "first" ? 1 : Math.floor(plan.totalRows / 2);
      let calls = 0;
      // A plan whose rows fail half-way through, as a full disk or a bug would.
      const failing = {
        ...plan,
        sheets: plan.sheets.map((s) => ({
          ...s,
          *rows() {
            for (const row of s.rows()) {
              if (++calls === half) throw new Error("đĩa đầy (giả lập)");
              yield row;
            }
          },
        })),
      };
      await expect(writeAtomically(file, false, (t) => writeArchive(t, failing))).rejects.toThrow(
        /đĩa đầy/,
      );
      expect(calls).toBe(half);
      expect(await readdir(d)).toEqual([]);
    },
  );

  it("asks for -o and for an input, in Vietnamese", async () => {
    const c = capture();
    expect(await run(["export", SAMPLE], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("-o FILE.xlsx");
    const d = capture();
    expect(await run(["export", "-o", join(dir, "x.xlsx")], d.io)).toBe(2);
    expect(d.err.join("\n")).toContain("--sheet");
    const e = capture();
    expect(await run(["export", SAMPLE, "--sheet", "abcdefghijkl", "-o", "x.xlsx"], e.io)).toBe(2);
    expect(e.err.join("\n")).toContain("Chỉ dùng một nguồn");
  });
});

describe("progress", () => {
  it("is reported every few hundred rows of a long export, ending at the total", async () => {
    const grids = await readXlsx(SAMPLE);
    const tab = grids.find((g) => g.name === "Chỉ tiêu")!;
    const template = tab.values[6]!;
    for (let i = 0; i < 1500; i++) tab.values.push([`X${i}`, ...template.slice(1)]);
    const plan = archivePlan(grids, analyse(grids), {
      madeAt: new Date(),
      source: "t",
      version: "t",
    });
    const seen: [number, number][] = [];
    await writeArchive(join(dir, "dai.xlsx"), plan, {
      progress: (done, total) => seen.push([done, total]),
    });
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.at(-1)).toEqual([plan.totalRows, plan.totalRows]);
    expect(
      seen.every(([d, t], i) => t === plan.totalRows && (i === 0 || d > seen[i - 1]![0])),
    ).toBe(true);
  });

  it("is shown only through the terminal channel, and cleared at the end", async () => {
    const d = await tempDir();
    const tty = capture(true);
    expect(await run(["export", SAMPLE, "-o", join(d, "a.xlsx")], tty.io)).toBe(0);
    expect(tty.shown.at(-2)).toMatch(/^Đang ghi (\d+)\/\1 dòng…$/);
    expect(tty.shown.at(-1)).toBe("");
    expect(tty.err).toEqual([]);
    const pipe = capture(false);
    expect(await run(["export", SAMPLE, "-o", join(d, "b.xlsx")], pipe.io)).toBe(0);
    expect(pipe.err).toEqual([]);
    expect(pipe.out).toHaveLength(1);
  });
});

const py = openpyxl();
describe("independent readers", () => {
  it.skipIf(!py.available)(
    `python3-openpyxl reads values, formats, panes, print setup and properties ${py.reason}`,
    () => {
      const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Chỉ tiêu"]
out = {
  "sheets": wb.sheetnames,
  "title": wb.properties.title, "creator": wb.properties.creator,
  "keywords": wb.properties.keywords, "subject": wb.properties.subject,
  "freeze": ws.freeze_panes, "paper": ws.page_setup.paperSize,
  "fitWidth": ws.page_setup.fitToWidth, "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage,
  "titles": ws.print_title_rows,
  "nl1": [ws["A6"].value, ws["L6"].value, ws["L6"].number_format, ws["L6"].data_type],
  "judgement": [ws["Q6"].value, ws["Q6"].fill.fgColor.rgb],
  "money": [wb["Kinh phí"]["E4"].value, wb["Kinh phí"]["E4"].number_format],
  "bold": ws["A1"].font.b,
}
print(json.dumps(out, ensure_ascii=False))
`;
      const got = JSON.parse(
        execFileSync(DEBIAN_PYTHON, ["-c", script, archive], { encoding: "utf8" }),
      );
      expect(got.sheets[0]).toBe("Tổng hợp");
      expect(got.title).toContain("Hoà Bình");
      expect(got.keywords).toContain("2020-2022");
      expect(got.creator).not.toBe("");
      expect(got.freeze).toBe("B2");
      expect(got.paper).toBe(9);
      expect(got.fitWidth).toBe(1);
      expect(got.fitToPage).toBe(true);
      expect(got.titles).toBe("$1:$1");
      expect(got.nl1).toEqual(["NL1", 0.993, "0.0%", "n"]);
      expect(got.judgement).toEqual(["▲ Vượt chỉ tiêu", JUDGEMENT_COLOURS.exceeded.fill]);
      expect(got.money).toEqual([1157274000, "#,##0"]);
      expect(got.bold).toBe(true);
    },
  );

  it.skipIf(!py.available)(
    `python3-openpyxl reads formula-like text as text ${py.reason}`,
    async () => {
      const file = await trickyArchive("cong-thuc-py.xlsx");
      const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Chỉ tiêu"]
print(json.dumps([[ws.cell(row=r, column=16).value, ws.cell(row=r, column=16).data_type] for r in range(2, 7)], ensure_ascii=False))
`;
      const got = JSON.parse(
        execFileSync(DEBIAN_PYTHON, ["-c", script, file], { encoding: "utf8" }),
      );
      expect(got).toEqual(TRICKY.map((t) => [t, "s"]));
    },
  );

  const lo = libreOffice();
  it.skipIf(!lo.available)(
    `LibreOffice converts the archive without error ${lo.reason}`,
    async () => {
      const out = await tempDir();
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${out}/profile`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          out,
          archive,
        ],
        { stdio: "pipe", timeout: 120_000 },
      );
      const csv = await readFile(join(out, "luu-tru.csv"), "utf8");
      // The first tab is the summary; its title names the unit.
      expect(csv).toContain("TỔNG HỢP KẾT QUẢ");
      expect(csv).toContain("Vượt chỉ tiêu");
    },
  );

  it.skipIf(!lo.available)(
    `in a Vietnamese locale, percents show a decimal comma and đồng dot thousands ${lo.reason}`,
    async () => {
      const out = await tempDir();
      // A LibreOffice profile whose locale is vi-VN: the separators come from it, not the file.
      await mkdir(join(out, "profile", "user"), { recursive: true });
      await writeFile(
        join(out, "profile", "user", "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>`,
      );
      const shown = (sheetNumber: number, name: string) => {
        execFileSync(
          "soffice",
          [
            `-env:UserInstallation=file://${out}/profile`,
            "--headless",
            "--convert-to",
            // UTF-8, cells as shown (formatted), only the given sheet.
            `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheetNumber}`,
            "--outdir",
            out,
            archive,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
        return readFile(join(out, `luu-tru-${name}.csv`), "utf8");
      };
      const indicators = await shown(4, "Chỉ tiêu");
      expect(indicators).toMatch(/^NL1,.*,"99,3%",.*,"\+0,3",/m);
      const funding = await shown(7, "Kinh phí");
      expect(funding).toContain(",1.157.274.000,");
    },
  );
});
